using MndCare.Domain.Patients;
using MndCare.Domain.Safety.AdverseEvents;

namespace MndCare.Application.Reports.Cioms;

/// <summary>The labels of the CIOMS I form in English and Simplified Chinese: the form's field numbers with labels in our own words
/// (docs/safety/cioms.md), the boxes, and the words for missing values.</summary>
public sealed record CiomsWording
{
    /// <summary>The English wording.</summary>
    public static readonly CiomsWording English = new()
    {
        LanguageTag = "en",
        Title = "CIOMS I form: suspect adverse reaction report",
        Reference = "Reference", Footer = "CIOMS I form {0} · Confidential",
        ReactionSection = "I. Reaction information",
        PatientInitials = "1. Patient initials", Country = "1a. Country", DateOfBirth = "2. Date of birth", Age = "2a. Age",
        AgeYears = "{0} years", SexLabel = "3. Sex", Onset = "4–6. Reaction onset",
        Description = "7 + 13. Reaction(s), including relevant tests and laboratory data",
        SeriousnessHeading = "8–12. Check all that apply to the reaction",
        Seriousness = new Dictionary<CiomsSeriousness, string>
        {
            [CiomsSeriousness.PatientDied] = "Patient died",
            [CiomsSeriousness.Hospitalisation] = "Involved or prolonged inpatient hospitalisation",
            [CiomsSeriousness.Disability] = "Involved persistent or significant disability or incapacity",
            [CiomsSeriousness.LifeThreatening] = "Life threatening",
            [CiomsSeriousness.CongenitalAnomaly] = "Congenital anomaly",
            [CiomsSeriousness.MedicallyImportant] = "Other medically important condition",
        },
        Sexes = new Dictionary<Sex, string> { [Sex.Female] = "Female", [Sex.Male] = "Male", [Sex.Other] = "Other", [Sex.Unknown] = "Unknown" },
        SuspectSection = "II. Suspect drug(s) information",
        SuspectNumber = "Suspect {0} of {1}",
        SuspectName = "14. Suspect (generic name, batch or lot)", DailyDose = "15. Daily dose", Route = "16. Route of administration",
        Indication = "17. Indication for use", TherapyDates = "18. Therapy dates (from / to)", Duration = "19. Therapy duration",
        Abated = "20. Did the reaction abate after stopping?", Reappeared = "21. Did the reaction reappear after reintroduction?",
        Answers = new Dictionary<CiomsAnswer, string> { [CiomsAnswer.Yes] = "Yes", [CiomsAnswer.No] = "No", [CiomsAnswer.NotApplicable] = "Not applicable" },
        HistorySection = "III. Concomitant drug(s) and history",
        Concomitant = "22. Concomitant drug(s) and dates of administration (excluding those used to treat the reaction)",
        ConcomitantHeaders = ["Drug", "From", "To"],
        History = "23. Other relevant history (e.g. diagnoses, allergies, pregnancy)",
        ManufacturerSection = "IV. Manufacturer information",
        NameAndAddress = "24a. Name and address of manufacturer", ControlNumber = "24b. Manufacturer control number",
        DateReceived = "24c. Date received by manufacturer", Source = "24d. Report source",
        Sources = new Dictionary<CiomsReportSource, string>
        {
            [CiomsReportSource.Study] = "Study", [CiomsReportSource.Literature] = "Literature",
            [CiomsReportSource.HealthProfessional] = "Health professional", [CiomsReportSource.Other] = "Other (patient or family)",
        },
        DateOfReport = "25a. Date of this report", ReportType = "25b. Report type",
        ReportTypes = new Dictionary<CiomsReportType, string> { [CiomsReportType.Initial] = "Initial", [CiomsReportType.FollowUp] = "Follow-up" },
        DateRange = "{0} to {1}", Ongoing = "ongoing", None = "None", NotGiven = "–",
        Causality = "WHO-UMC causality (clinic's assessment)", NotAssessed = "not yet assessed",
        Categories = new Dictionary<CausalityCategory, string>
        {
            [CausalityCategory.Certain] = "Certain", [CausalityCategory.Probable] = "Probable / likely", [CausalityCategory.Possible] = "Possible",
            [CausalityCategory.Unlikely] = "Unlikely", [CausalityCategory.Conditional] = "Conditional / unclassified",
            [CausalityCategory.Unassessable] = "Unassessable / unclassifiable",
        },
        SuspectKinds = new Dictionary<SuspectKind, string>
        {
            [SuspectKind.Lot] = "Cell lot (units)", [SuspectKind.Procedure] = "Procedure", [SuspectKind.Herb] = "Herb, batch",
            [SuspectKind.Formula] = "Herbal prescription", [SuspectKind.ConcomitantMedication] = "Medicine",
        },
        Grade = "CTCAE v{0} grade {1}", Clinic = "{0} (reporting clinic)", MndHistory = "Motor neuron disease",
    };

    /// <summary>The Simplified Chinese wording.</summary>
    public static readonly CiomsWording SimplifiedChinese = new()
    {
        LanguageTag = "zh-Hans",
        Title = "CIOMS I 表：可疑不良反应报告",
        Reference = "编号", Footer = "CIOMS I 表 {0} · 保密",
        ReactionSection = "一、不良反应信息",
        PatientInitials = "1. 患者姓名缩写", Country = "1a. 国家", DateOfBirth = "2. 出生日期", Age = "2a. 年龄",
        AgeYears = "{0} 岁", SexLabel = "3. 性别", Onset = "4–6. 不良反应发生日期",
        Description = "7 + 13. 不良反应描述（包括相关检查及实验室数据）",
        SeriousnessHeading = "8–12. 勾选所有适用项",
        Seriousness = new Dictionary<CiomsSeriousness, string>
        {
            [CiomsSeriousness.PatientDied] = "患者死亡",
            [CiomsSeriousness.Hospitalisation] = "导致住院或住院时间延长",
            [CiomsSeriousness.Disability] = "导致持续或显著的残疾或功能丧失",
            [CiomsSeriousness.LifeThreatening] = "危及生命",
            [CiomsSeriousness.CongenitalAnomaly] = "先天性异常",
            [CiomsSeriousness.MedicallyImportant] = "其他重要医学事件",
        },
        Sexes = new Dictionary<Sex, string> { [Sex.Female] = "女", [Sex.Male] = "男", [Sex.Other] = "其他", [Sex.Unknown] = "不详" },
        SuspectSection = "二、可疑药品信息",
        SuspectNumber = "可疑药品 {0}（共 {1} 项）",
        SuspectName = "14. 可疑药品（通用名称、批号）", DailyDose = "15. 日剂量", Route = "16. 给药途径",
        Indication = "17. 用药原因", TherapyDates = "18. 用药起止日期", Duration = "19. 用药持续时间",
        Abated = "20. 停药后反应是否减轻或消失？", Reappeared = "21. 再次用药后反应是否再次出现？",
        Answers = new Dictionary<CiomsAnswer, string> { [CiomsAnswer.Yes] = "是", [CiomsAnswer.No] = "否", [CiomsAnswer.NotApplicable] = "不适用" },
        HistorySection = "三、合并用药及病史",
        Concomitant = "22. 合并用药及用药日期（不包括用于治疗该反应的药物）",
        ConcomitantHeaders = ["药品", "开始", "结束"],
        History = "23. 其他相关病史（如诊断、过敏史、妊娠情况）",
        ManufacturerSection = "四、生产企业信息",
        NameAndAddress = "24a. 生产企业名称和地址", ControlNumber = "24b. 生产企业病例编号",
        DateReceived = "24c. 生产企业获知日期", Source = "24d. 报告来源",
        Sources = new Dictionary<CiomsReportSource, string>
        {
            [CiomsReportSource.Study] = "研究", [CiomsReportSource.Literature] = "文献",
            [CiomsReportSource.HealthProfessional] = "医务人员", [CiomsReportSource.Other] = "其他（患者或家属）",
        },
        DateOfReport = "25a. 本报告日期", ReportType = "25b. 报告类型",
        ReportTypes = new Dictionary<CiomsReportType, string> { [CiomsReportType.Initial] = "首次报告", [CiomsReportType.FollowUp] = "随访报告" },
        DateRange = "{0} 至 {1}", Ongoing = "仍在使用", None = "无", NotGiven = "–",
        Causality = "WHO-UMC 因果关系（本院评估）", NotAssessed = "尚未评估",
        Categories = new Dictionary<CausalityCategory, string>
        {
            [CausalityCategory.Certain] = "肯定", [CausalityCategory.Probable] = "很可能", [CausalityCategory.Possible] = "可能",
            [CausalityCategory.Unlikely] = "可能无关", [CausalityCategory.Conditional] = "待评价", [CausalityCategory.Unassessable] = "无法评价",
        },
        SuspectKinds = new Dictionary<SuspectKind, string>
        {
            [SuspectKind.Lot] = "细胞批次（单位）", [SuspectKind.Procedure] = "操作", [SuspectKind.Herb] = "中药饮片及批号",
            [SuspectKind.Formula] = "中药处方", [SuspectKind.ConcomitantMedication] = "药物",
        },
        Grade = "CTCAE v{0} {1} 级", Clinic = "{0}（报告机构）", MndHistory = "运动神经元病",
    };

    /// <summary>"en" or "zh-Hans".</summary>
    public required string LanguageTag { get; init; }

    public required string Title { get; init; }
    public required string Reference { get; init; }
    public required string Footer { get; init; }
    public required string ReactionSection { get; init; }
    public required string PatientInitials { get; init; }
    public required string Country { get; init; }
    public required string DateOfBirth { get; init; }
    public required string Age { get; init; }
    public required string AgeYears { get; init; }
    public required string SexLabel { get; init; }
    public required string Onset { get; init; }
    public required string Description { get; init; }
    public required string SeriousnessHeading { get; init; }
    public required IReadOnlyDictionary<CiomsSeriousness, string> Seriousness { get; init; }
    public required IReadOnlyDictionary<Sex, string> Sexes { get; init; }
    public required string SuspectSection { get; init; }
    public required string SuspectNumber { get; init; }
    public required string SuspectName { get; init; }
    public required string DailyDose { get; init; }
    public required string Route { get; init; }
    public required string Indication { get; init; }
    public required string TherapyDates { get; init; }
    public required string Duration { get; init; }
    public required string Abated { get; init; }
    public required string Reappeared { get; init; }
    public required IReadOnlyDictionary<CiomsAnswer, string> Answers { get; init; }
    public required string HistorySection { get; init; }
    public required string Concomitant { get; init; }
    public required IReadOnlyList<string> ConcomitantHeaders { get; init; }
    public required string History { get; init; }
    public required string ManufacturerSection { get; init; }
    public required string NameAndAddress { get; init; }
    public required string ControlNumber { get; init; }
    public required string DateReceived { get; init; }
    public required string Source { get; init; }
    public required IReadOnlyDictionary<CiomsReportSource, string> Sources { get; init; }
    public required string DateOfReport { get; init; }
    public required string ReportType { get; init; }
    public required IReadOnlyDictionary<CiomsReportType, string> ReportTypes { get; init; }
    public required string DateRange { get; init; }
    public required string Ongoing { get; init; }
    public required string None { get; init; }
    public required string NotGiven { get; init; }
    public required string Causality { get; init; }
    public required string NotAssessed { get; init; }
    public required IReadOnlyDictionary<CausalityCategory, string> Categories { get; init; }
    public required IReadOnlyDictionary<SuspectKind, string> SuspectKinds { get; init; }
    public required string Grade { get; init; }
    public required string Clinic { get; init; }
    public required string MndHistory { get; init; }

    /// <summary>Chinese for any "zh" tag, English otherwise.</summary>
    /// <param name="languageTag">The language of the form.</param>
    public static CiomsWording For(string? languageTag) => ReportLabels.IsChinese(languageTag) ? SimplifiedChinese : English;
}
