using MndCare.Application.Assessments.Wordings;
using MndCare.Domain.Patients;

namespace MndCare.Application.Consultations.Reports;

/// <summary>The fixed wording of consultation reports, in English and Simplified Chinese.</summary>
/// <remarks>
/// The evidence, side-effect and alternative texts restate docs/evidence/msc-therapy.md, which gives each figure with
/// its source (NurOwn and ALSUMMIT phase 3, Cochrane CD011742, Thompson 2020, Wang 2021, Barmada 2023, the riluzole,
/// edaravone and tofersen approvals). The report records and explains; it never promises an outcome.
/// </remarks>
public sealed record ConsultationReportText
{
    /// <summary>The English wording.</summary>
    public static readonly ConsultationReportText English = new()
    {
        Language = PreferredLanguage.English,
        Title = "Consultation report",
        Patient = "Patient", BirthDate = "Date of birth", Clinic = "Clinic", Reference = "Consultation", ReportDate = "Report date",
        Footer = "MndCare consultation report {0} · version {1}",
        Submitted = "What was submitted",
        SubmittedIntro = "The patient's own account, from the questionnaire sent on {0}.",
        OnsetDate = "First symptom", OnsetSite = "Where it began", Diagnosis = "Diagnosis given", DiagnosedBy = "Diagnosed by",
        Breathing = "Breathing support", Gastrostomy = "Gastrostomy", Genetics = "Genetic testing", Medicines = "Medicines",
        Allergies = "Allergies", Goals = "Goals", Files = "Files sent", FileHeaders = ["File", "Category", "Document date"], NoFiles = "No files were sent.",
        Assessment = "Assessment",
        AssessmentSource = "Clinician's assessment of {0}.",
        SelfRatedOnly = "No clinician assessment has been recorded; the ALSFRS-R below is the patient's own rating and the diagnostic criteria were not evaluated.",
        Phenotype = "Phenotype", ElEscorial = "Revised El Escorial", Awaji = "Awaji", GoldCoast = "Gold Coast",
        Alsfrsr = "ALSFRS-R total (0–48)", AlsfrsrSelf = "ALSFRS-R total, self-rated (0–48)", Subscores = "Bulbar / fine motor / gross motor / respiratory",
        AlsfrsrWording = "ALSFRS-R wording", NotValidatedTranslation = "not a validated translation", WordingNotRecorded = "not recorded",
        Kings = "King's stage", Mitos = "MiToS stage", DeltaFs = "Progression rate ΔFS (points per month)", Fvc = "FVC (% of predicted)",
        Reasons = "Reasons",
        Prognosis = "Prognosis",
        EncalsResult = "ENCALS model: the predicted median time from first symptom to the composite endpoint is {0} months; {1} months have passed since the first symptom.",
        EncalsMissing = "The ENCALS prognosis was not estimated: {0}",
        EncalsCaveat = "The ENCALS model (Westeneng et al., Lancet Neurology 2018) predicts the natural course of ALS from symptom onset to death, tracheostomy or non-invasive ventilation for more than 23 hours a day. It was developed on European cohorts. It says nothing about the effect of any treatment, and it is a population estimate, not a promise for one person.",
        Programme = "The programme",
        ProgrammeText = "The clinic's programme combines a course of intravenous infusions of allogeneic umbilical-cord mesenchymal stem cells (UC-MSC) over 3 to 4 weeks with Traditional Chinese Medicine: pattern differentiation, acupuncture, herbal medicine, moxibustion and massage. Standard ALS care continues alongside it.",
        Evidence = "What the evidence shows",
        EvidenceStatement = "MSC therapy for ALS is investigational. It is not an approved treatment for ALS in the US or the EU, and no phase 3 trial has met its primary endpoint: NurOwn (responders 32.6% vs 27.7%, p = 0.453) and lenzumestrocel (ALSUMMIT, primary endpoint not met). A Cochrane review (2019) found 2 randomised trials with 112 participants and no high-quality evidence. No randomised trial of intravenous allogeneic UC-MSC in ALS was found. Any benefit for you is uncertain.",
        SideEffects = "Known side effects",
        SideEffectItems =
        [
            "Fever after infusion is the most consistent finding: risk ratio 2.48 (95% CI 1.27–4.86) in 55 randomised trials with 2,696 participants (Thompson 2020); odds ratio 3.65 (95% CI 2.05–6.49) in 62 trials with 3,546 participants (Wang 2021).",
            "Also associated with MSC infusion: reactions at the infusion site, constipation, fatigue and sleeplessness (Wang 2021); a fall in blood pressure during infusion was seen in a small study.",
            "Rare: two serious thromboembolic events were reported across 70 studies.",
            "Herbal medicines can harm the liver and kidneys and interact with other medicines; acupuncture can cause pain or bruising.",
            "Tell the clinic about any symptom, expected or not: every adverse event is recorded and graded.",
        ],
        Costs = "Costs",
        Alternatives = "Alternatives, including standard care",
        AlternativeItems =
        [
            "Riluzole: approved; it prolongs survival by a few months on average. {0}",
            "Edaravone: approved in some countries (IV and oral); the trial evidence is from selected patients. {0}",
            "Tofersen: approved (FDA, accelerated approval) only for people with an SOD1 variant. {0}",
            "Care by a multidisciplinary ALS team, non-invasive ventilation and a gastrostomy when needed are standard care and improve quality of life.",
            "Clinical trials: taking part in a registered trial is another way to receive an investigational treatment.",
        ],
        TakesNow = "You take it now.", NotTaking = "You do not take it now.", NotAnswered = "",
        Recommendation = "Recommendation",
        RecommendationNames = ["The programme can be offered.", "The programme is not recommended.", "No decision yet: further information is needed."],
        Eligibility = "Eligibility checklist (the clinic's criteria)",
        EligibilityHeaders = ["Criterion", "Limit", "Patient", "Result"],
        OutcomeNames = ["met", "not met", "unknown"],
        ContraindicationNames = ["absent", "present", "not assessed"],
        Override = "The programme is offered although {0}. The clinician's reason: {1}",
        ListSeparator = "; ",
        ConcernNames =
        [
            "no clinician assessment was used", "the clinician assessment is more than {0} days old", "some eligibility criteria are not known",
            "the patient does not meet every eligibility criterion",
        ],
        CriterionNames = new Dictionary<string, string>
        {
            ["minAlsfrsrTotal"] = "Lowest ALSFRS-R total", ["minFvcPercentPredicted"] = "Lowest FVC (% predicted)",
            ["noInvasiveVentilation"] = "No invasive ventilation", ["maxMonthsSinceOnset"] = "Longest time since first symptom (months)",
            ["minAgeYears"] = "Youngest age (years)", ["maxAgeYears"] = "Oldest age (years)", ["contraindication"] = "Contraindication",
        },
        Plan = "Proposed plan",
        Correction = "This version corrects version {0}: {1}",
        SignerRole = "Clinician",
        NotGiven = "not given",
        Choices = new Dictionary<string, string>
        {
            ["als"] = "ALS", ["pma"] = "progressive muscular atrophy", ["pbp"] = "progressive bulbar palsy", ["pls"] = "primary lateral sclerosis",
            ["mndUnspecified"] = "motor neuron disease", ["notYetDiagnosed"] = "not yet diagnosed",
            ["none"] = "none", ["nonInvasivePartTime"] = "non-invasive ventilation, part of the day",
            ["nonInvasiveFullTime"] = "non-invasive ventilation, most of the day", ["invasive"] = "invasive ventilation",
            ["yes"] = "yes", ["no"] = "no", ["unknown"] = "unknown",
            ["notTested"] = "not tested", ["noVariantFound"] = "no variant found", ["variantFound"] = "variant found",
            ["emgNerveConduction"] = "EMG / nerve conduction", ["mri"] = "MRI", ["laboratory"] = "laboratory", ["geneticTest"] = "genetic test",
            ["dischargeLetter"] = "discharge letter", ["other"] = "other",
            ["riluzole"] = "riluzole", ["edaravone"] = "edaravone", ["tofersen"] = "tofersen",
        },
    };

    /// <summary>The Simplified Chinese wording.</summary>
    public static readonly ConsultationReportText SimplifiedChinese = new()
    {
        Language = PreferredLanguage.SimplifiedChinese,
        Title = "会诊报告",
        Patient = "患者", BirthDate = "出生日期", Clinic = "诊所", Reference = "会诊编号", ReportDate = "报告日期",
        Footer = "MndCare 会诊报告 {0} · 第 {1} 版",
        Submitted = "提交的资料",
        SubmittedIntro = "以下为患者本人于 {0} 提交的问卷内容。",
        OnsetDate = "首发症状日期", OnsetSite = "起病部位", Diagnosis = "已获诊断", DiagnosedBy = "诊断医生/医院",
        Breathing = "呼吸支持", Gastrostomy = "胃造瘘", Genetics = "基因检测", Medicines = "用药",
        Allergies = "过敏史", Goals = "期望", Files = "提交的文件", FileHeaders = ["文件", "类别", "文件日期"], NoFiles = "未提交文件。",
        Assessment = "评估",
        AssessmentSource = "医生于 {0} 的评估。",
        SelfRatedOnly = "尚无医生评估记录；以下 ALSFRS-R 为患者自评，诊断标准未作评估。",
        Phenotype = "表型", ElEscorial = "修订版 El Escorial 标准", Awaji = "Awaji 标准", GoldCoast = "Gold Coast 标准",
        Alsfrsr = "ALSFRS-R 总分（0–48）", AlsfrsrSelf = "ALSFRS-R 总分，患者自评（0–48）", Subscores = "延髓 / 精细运动 / 粗大运动 / 呼吸",
        AlsfrsrWording = "ALSFRS-R 文本版本", NotValidatedTranslation = "非经验证的译本", WordingNotRecorded = "未记录",
        Kings = "King's 分期", Mitos = "MiToS 分期", DeltaFs = "进展速度 ΔFS（分/月）", Fvc = "FVC（占预计值 %）",
        Reasons = "依据",
        Prognosis = "预后",
        EncalsResult = "ENCALS 模型：从首发症状到复合终点的预测中位时间为 {0} 个月；自首发症状起已过 {1} 个月。",
        EncalsMissing = "未估计 ENCALS 预后：{0}",
        EncalsCaveat = "ENCALS 模型（Westeneng 等，Lancet Neurology 2018）预测 ALS 从起病到死亡、气管切开或每天超过 23 小时无创通气的自然病程。该模型基于欧洲队列建立，不反映任何治疗的效果；它是人群层面的估计，不是对个人的承诺。",
        Programme = "治疗方案",
        ProgrammeText = "本诊所的方案包括为期 3 至 4 周的同种异体脐带间充质干细胞（UC-MSC）静脉输注疗程，结合中医治疗：辨证、针灸、中药、艾灸和推拿。标准 ALS 治疗同时继续。",
        Evidence = "证据现状",
        EvidenceStatement = "间充质干细胞治疗 ALS 仍属研究性质。它在美国和欧盟均未获批用于 ALS，也没有任何 III 期试验达到主要终点：NurOwn（应答率 32.6% 对 27.7%，p = 0.453）和 lenzumestrocel（ALSUMMIT，未达到主要终点）。Cochrane 综述（2019）仅找到 2 项随机试验共 112 名受试者，没有高质量证据。未找到静脉输注同种异体脐带间充质干细胞治疗 ALS 的随机试验。对您是否有益尚不确定。",
        SideEffects = "已知副作用",
        SideEffectItems =
        [
            "输注后发热是最一致的发现：55 项随机试验共 2,696 名受试者中风险比为 2.48（95% CI 1.27–4.86）（Thompson 2020）；62 项试验共 3,546 名受试者中比值比为 3.65（95% CI 2.05–6.49）（Wang 2021）。",
            "与间充质干细胞输注相关的还有：输注部位反应、便秘、疲乏和失眠（Wang 2021）；一项小型研究观察到输注期间血压下降。",
            "罕见：70 项研究中共报告两例严重血栓栓塞事件。",
            "中药可能损害肝肾并与其他药物相互作用；针灸可能引起疼痛或淤青。",
            "任何症状，无论是否预期，请告知诊所：每一个不良事件都会被记录和分级。",
        ],
        Costs = "费用",
        Alternatives = "其他选择（包括标准治疗）",
        AlternativeItems =
        [
            "利鲁唑：已获批；平均可延长生存数月。{0}",
            "依达拉奉：在部分国家获批（静脉和口服）；试验证据来自经过筛选的患者。{0}",
            "托夫生（Tofersen）：仅对携带 SOD1 变异者获批（FDA 加速批准）。{0}",
            "多学科 ALS 团队照护、无创通气以及必要时的胃造瘘属于标准治疗，可改善生活质量。",
            "临床试验：参加已注册的临床试验也是获得研究性治疗的一种途径。",
        ],
        TakesNow = "您目前在使用。", NotTaking = "您目前未使用。", NotAnswered = "",
        Recommendation = "建议",
        RecommendationNames = ["可以参加本方案。", "不建议参加本方案。", "暂无决定：需要更多资料。"],
        Eligibility = "入选条件核对（本诊所标准）",
        EligibilityHeaders = ["条件", "界值", "患者", "结果"],
        OutcomeNames = ["符合", "不符合", "未知"],
        ContraindicationNames = ["无", "有", "未评估"],
        Override = "尽管{0}，仍建议参加本方案。医生的理由：{1}",
        ListSeparator = "；",
        ConcernNames = ["未采用医生评估", "医生评估已超过 {0} 天", "部分入选条件尚不明确", "患者未满足全部入选条件"],
        CriterionNames = new Dictionary<string, string>
        {
            ["minAlsfrsrTotal"] = "ALSFRS-R 总分下限", ["minFvcPercentPredicted"] = "FVC 下限（占预计值 %）",
            ["noInvasiveVentilation"] = "无有创通气", ["maxMonthsSinceOnset"] = "自首发症状起最长时间（月）",
            ["minAgeYears"] = "最小年龄（岁）", ["maxAgeYears"] = "最大年龄（岁）", ["contraindication"] = "禁忌症",
        },
        Plan = "拟定方案",
        Correction = "本版本更正第 {0} 版：{1}",
        SignerRole = "医生",
        NotGiven = "未填写",
        Choices = new Dictionary<string, string>
        {
            ["als"] = "肌萎缩侧索硬化（ALS）", ["pma"] = "进行性肌萎缩", ["pbp"] = "进行性延髓麻痹", ["pls"] = "原发性侧索硬化",
            ["mndUnspecified"] = "运动神经元病", ["notYetDiagnosed"] = "尚未确诊",
            ["none"] = "无", ["nonInvasivePartTime"] = "部分时间无创通气", ["nonInvasiveFullTime"] = "大部分时间无创通气", ["invasive"] = "有创通气",
            ["yes"] = "是", ["no"] = "否", ["unknown"] = "不知道",
            ["notTested"] = "未检测", ["noVariantFound"] = "未发现致病变异", ["variantFound"] = "发现变异",
            ["emgNerveConduction"] = "肌电图/神经传导", ["mri"] = "磁共振", ["laboratory"] = "化验", ["geneticTest"] = "基因检测",
            ["dischargeLetter"] = "出院小结", ["other"] = "其他",
            ["riluzole"] = "利鲁唑", ["edaravone"] = "依达拉奉", ["tofersen"] = "托夫生",
        },
    };

#pragma warning disable CS1591 // The members are the report's labels; their names say what each is.
    /// <summary>The language of this wording.</summary>
    public required PreferredLanguage Language { get; init; }

    public required string Title { get; init; }
    public required string Patient { get; init; }
    public required string BirthDate { get; init; }
    public required string Clinic { get; init; }
    public required string Reference { get; init; }
    public required string ReportDate { get; init; }
    public required string Footer { get; init; }
    public required string Submitted { get; init; }
    public required string SubmittedIntro { get; init; }
    public required string OnsetDate { get; init; }
    public required string OnsetSite { get; init; }
    public required string Diagnosis { get; init; }
    public required string DiagnosedBy { get; init; }
    public required string Breathing { get; init; }
    public required string Gastrostomy { get; init; }
    public required string Genetics { get; init; }
    public required string Medicines { get; init; }
    public required string Allergies { get; init; }
    public required string Goals { get; init; }
    public required string Files { get; init; }
    public required IReadOnlyList<string> FileHeaders { get; init; }
    public required string NoFiles { get; init; }
    public required string Assessment { get; init; }
    public required string AssessmentSource { get; init; }
    public required string SelfRatedOnly { get; init; }
    public required string Phenotype { get; init; }
    public required string ElEscorial { get; init; }
    public required string Awaji { get; init; }
    public required string GoldCoast { get; init; }
    public required string Alsfrsr { get; init; }
    public required string AlsfrsrSelf { get; init; }
    public required string Subscores { get; init; }
    public required string AlsfrsrWording { get; init; }
    public required string NotValidatedTranslation { get; init; }
    public required string WordingNotRecorded { get; init; }
    public required string Kings { get; init; }
    public required string Mitos { get; init; }
    public required string DeltaFs { get; init; }
    public required string Fvc { get; init; }
    public required string Reasons { get; init; }
    public required string Prognosis { get; init; }
    public required string EncalsResult { get; init; }
    public required string EncalsMissing { get; init; }
    public required string EncalsCaveat { get; init; }
    public required string Programme { get; init; }
    public required string ProgrammeText { get; init; }
    public required string Evidence { get; init; }
    public required string EvidenceStatement { get; init; }
    public required string SideEffects { get; init; }
    public required IReadOnlyList<string> SideEffectItems { get; init; }
    public required string Costs { get; init; }
    public required string Alternatives { get; init; }
    public required IReadOnlyList<string> AlternativeItems { get; init; }
    public required string TakesNow { get; init; }
    public required string NotTaking { get; init; }
    public required string NotAnswered { get; init; }
    public required string Recommendation { get; init; }
    public required IReadOnlyList<string> RecommendationNames { get; init; }
    public required string Eligibility { get; init; }
    public required IReadOnlyList<string> EligibilityHeaders { get; init; }
    public required IReadOnlyList<string> OutcomeNames { get; init; }
    public required IReadOnlyList<string> ContraindicationNames { get; init; }
    public required string Override { get; init; }
    public required string ListSeparator { get; init; }
    public required IReadOnlyList<string> ConcernNames { get; init; }
    public required IReadOnlyDictionary<string, string> CriterionNames { get; init; }
    public required string Plan { get; init; }
    public required string Correction { get; init; }
    public required string SignerRole { get; init; }
    public required string NotGiven { get; init; }
    public required IReadOnlyDictionary<string, string> Choices { get; init; }
#pragma warning restore CS1591

    /// <summary>The wording for a language tag (zh-Hans or en).</summary>
    public static ConsultationReportText For(string languageTag) => languageTag == WireNames.Of(PreferredLanguage.SimplifiedChinese) ? SimplifiedChinese : English;

    /// <summary>The languages every report is signed in: <paramref name="patientLanguage"/> first, then the others.</summary>
    /// <param name="patientLanguage">The patient's language tag.</param>
    public static IReadOnlyList<string> LanguagesFor(string patientLanguage) =>
        [patientLanguage, .. WireNames.All<PreferredLanguage>().Where(l => l != patientLanguage)];

    /// <summary>How a stored ALSFRS-R names its wording in this language.</summary>
    /// <param name="wordings">The clinic's wordings.</param>
    /// <param name="wordingId">The stored wording id, or null.</param>
    public string Wording(AlsfrsRWordings wordings, string? wordingId)
    {
        ArgumentNullException.ThrowIfNull(wordings);
        return wordings.Describe(wordingId, NotValidatedTranslation, WordingNotRecorded);
    }

    /// <summary>The words for a wire name, or the name itself.</summary>
    public string Choice(string? wireName) => wireName is null ? NotGiven : Choices.GetValueOrDefault(wireName, wireName);
}
