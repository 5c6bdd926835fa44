using MndCare.Application.Reports;

namespace MndCare.Application.Tests.Reports;

/// <summary>Report documents for renderer tests: valid by default, in English and Simplified Chinese.</summary>
internal static class ReportSamples
{
    public static readonly DateTimeOffset SignedAt = new(2026, 11, 26, 14, 30, 0, TimeSpan.FromHours(8));

    public static readonly ReportSignature Signature = new("Dr Li Na", "Consultant neurologist", SignedAt, 2, "Supersedes version 1 of 20 November 2026: FVC corrected.");

    public const string EvidenceStatement = "Mesenchymal stem cell therapy for ALS remains investigational: no randomised trial has shown a benefit in survival or function.";

    public static string LongParagraph(int index) =>
        $"Paragraph {index}. The ALSFRS-R total declined from 41 to 36 over six months, a slope of 0.83 points per month, "
        + "which places the patient in the intermediate progression group of the D50 model. Bulbar items were stable, "
        + "while fine and gross motor items accounted for most of the decline. Respiratory function remains preserved "
        + "with an upright FVC of 78 percent predicted and no orthopnoea. Nutrition is adequate; weight is stable within "
        + "two percent of the premorbid value. The multidisciplinary team reviewed gastrostomy timing, ventilation "
        + "options and home adaptations with the patient and family, who asked for written material in Chinese.";

    public static ReportDocument English(int longParagraphs = 14) => new(
        "Consultation report: motor neuron disease clinic",
        "en",
        [
            new ReportMetaLine("Patient", "Zhang Wei (MRN T000123), male, born 1968-04-12"),
            new ReportMetaLine("Consultation date", "2026-11-26"),
            new ReportMetaLine("Reference", "CR-2026-0042"),
        ],
        [
            new ReportSection("Summary",
            [
                new ReportParagraph("Clinical summary of the consultation.", Emphasis: true),
                new ReportParagraph("Diagnosis of amyotrophic lateral sclerosis (ALS), limb onset, confirmed by the Gold Coast criteria."),
                new ReportKeyValues([("ALSFRS-R total", "36 / 48"), ("King's stage", "2B"), ("MiToS stage", "1"), ("FVC", "78 % predicted")]),
            ]),
            new ReportSection("Assessments",
            [
                new ReportTable(
                    ["Date", "ALSFRS-R", "FVC % predicted", "Comment"],
                    [
                        ["2026-05-20", "41", "86", "Baseline at diagnosis"],
                        ["2026-08-19", "38", "81", "Started riluzole"],
                        ["2026-11-26", "36", "78", "Weight stable; no orthopnoea"],
                    ]),
            ]),
            new ReportSection("Recommendations",
            [
                new ReportList(["Continue riluzole 50 mg twice daily.", "Refer to speech and language therapy.", "Review in three months with spirometry."]),
                new ReportNotice(EvidenceStatement),
            ]),
            new ReportSection("Discussion", [.. Enumerable.Range(1, longParagraphs).Select(i => (ReportBlock)new ReportParagraph(LongParagraph(i)))]),
        ],
        Signature,
        "MndCare consultation report CR-2026-0042 - confidential patient information");

    public static string ChineseParagraph(int sentences) => string.Concat(Enumerable.Range(1, sentences).Select(i =>
        $"第{i}次随访：患者于 2024 年 3 月出现右手无力，随后累及左上肢及双下肢。肌电图提示广泛神经源性损害，符合肌萎缩侧索硬化的电生理表现；"
        + "目前吞咽功能尚可，体重稳定，呼吸功能轻度下降（FVC 78%），已讨论无创通气与胃造瘘的时机。"));

    public static ReportDocument Chinese() => new(
        "会诊报告：运动神经元病门诊",
        "zh-Hans",
        [
            new ReportMetaLine("患者", "张伟（病历号 T000123），男，1968-04-12 出生"),
            new ReportMetaLine("会诊日期", "2026-11-26"),
        ],
        [
            new ReportSection("诊断",
            [
                new ReportParagraph("肌萎缩侧索硬化（ALS），肢体起病，符合 Gold Coast 诊断标准。ALSFRS-R 总分 36 分。"),
                new ReportKeyValues([("ALSFRS-R 总分", "36 / 48"), ("King 分期", "2B 期")]),
            ]),
            new ReportSection("建议",
            [
                new ReportList(["继续口服利鲁唑，每次 50 mg，每日两次。", "转诊言语治疗。"]),
                new ReportNotice("间充质干细胞治疗仍属研究性质，尚无随机对照试验证明其可改善生存或功能。"),
                new ReportTable(["日期", "ALSFRS-R", "备注"], [["2026-11-26", "36", "体重稳定，无端坐呼吸"]]),
            ]),
            new ReportSection("病情讨论：运动功能、吞咽功能、呼吸功能与营养状况的综合评估及多学科团队的随访计划", [new ReportParagraph(ChineseParagraph(8))]),
        ],
        new ReportSignature("李娜", "神经内科主任医师", SignedAt, 2, null),
        "MndCare 会诊报告 — 患者隐私信息，请妥善保管");

    public static ReportDocument Unsigned(params ReportSection[] sections) =>
        new("Draft report", "en", [], sections, null, "Draft");
}
