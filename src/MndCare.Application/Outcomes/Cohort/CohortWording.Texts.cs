namespace MndCare.Application.Outcomes.Cohort;

// The two languages of the cohort page and report. Sources of the statements: docs/outcomes/cohort.md and docs/evidence/msc-therapy.md.
public sealed partial record CohortWording
{
    /// <summary>The English wording.</summary>
    public static readonly CohortWording English = new()
    {
        LanguageTag = "en",
        Title = "Cohort outcomes and safety",
        ReportTitle = "Cohort outcome and safety report",
        Methods = "Methods",
        CohortHeading = "Cohort",
        Outcomes = "Outcomes",
        OutcomesIntro = "ALSFRS-R over time, survival free of the composite endpoint, and its predictors; each figure with its n and its 95% interval.",
        TrajectoryHeading = "ALSFRS-R: linear mixed model",
        SurvivalHeading = "Event-free survival from onset (Kaplan–Meier)",
        CoxHeading = "Cox proportional hazards",
        NaturalHistoryHeading = "Comparison with natural history",
        AdverseEventsHeading = "Adverse events",
        LimitationsHeading = "Limitations",
        Clinic = "Clinic",
        AnalysisDate = "Follow-up until",
        Selection = "Selection",
        Everyone = "All patients",
        FilterNames = ["Phenotype", "Onset site", "ΔFS group at baseline", "First course start", "Lot"],
        From = "from {0}",
        To = "to {0}",
        ShareSentence = "{0} of {1} ({2}%, 95% CI {3}–{4}%)",
        CountOf = "{0} of {1}",
        FlowRows =
        [
            "Patients selected", "With an onset date", "With an ALSFRS-R", "ALSFRS-R assessments", "Treatment course started",
            "Treated patients seen after the course", "Follow-up timepoints missed (of those done or missed)", "Treated patients who missed a timepoint",
            "Drop-out (missed a timepoint, not seen since, no event)", "Deaths", "Composite endpoint events",
        ],
        VisitsSentence = "{0} assessments, {1} self-administered",
        FollowUpSchedule = "Follow-up timepoints (the clinic's schedule): the end of the course and {0} months after it, each ±{1} days; a timepoint "
            + "is missed when its window closes without an ALSFRS-R.",
        ListSeparator = ", ",
        EstimateSentence = "{0} points/month (95% CI {1} to {2})",
        SlopeLabel = "Slope before the course",
        SlopeChangeLabel = "Change in slope after the course started",
        TrajectoryN = "n = {0} assessments of {1} patients; {2} patients with assessments after their course started; {3} self-administered; "
            + "{4} selected patients left out (no ALSFRS-R).",
        RandomEffects = "Between patients: SD of the intercept {0} points, of the slope {1} points/month, correlation {2}; residual SD {3} points.",
        NoPostCourseTerm = "No assessment follows a course start in this selection, so the model has no post-course term.",
        NotConverged = "The optimiser did not meet its convergence tests: read these estimates with caution.",
        Singular = "The fit is singular: the data support fewer random effects than the model has; the fixed effects are still the REML optimum.",
        NotEstimable = "Not estimable in this selection: too few patients or events, or a figure that does not vary.",
        PopulationSlope = "Population reference: ALSFRS-R declines by {0} points/month on average over 24 months; 95% of patients between {1} and {2} "
            + "(PRECISION-ALS, 7,030 patients).",
        MedianSentence = "Median {0} months (95% CI {1} to {2})",
        NotReached = "not reached",
        SurvivalN = "n = {0} patients, {1} events; {2} selected patients left out (no onset date).",
        CoxHeaders = ["Covariate", "Hazard ratio", "95% CI", "p"],
        Covariates = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CoxCovariates.AgeAtOnsetPer10Years] = "Age at onset (per 10 years)",
            [CoxCovariates.BulbarOnset] = "Bulbar onset",
            [CoxCovariates.DeltaFsAtBaseline] = "ΔFS at baseline (per point/month)",
            [CoxCovariates.DiagnosticDelayMonths] = "Diagnostic delay (per month)",
        },
        CoxN = "n = {0} patients with every covariate, {1} events; concordance {2}; {3} left out for a missing covariate.",
        CoxDropped = "Left out because they do not vary in this selection: {0}.",
        HorizonHeaders = ["Months since onset", "Observed (Kaplan–Meier)", "ENCALS predicted (mean)"],
        SurvivalAt = "{0} (95% CI {1}–{2})",
        NaturalHistoryN = "n = {0} patients with every ENCALS predictor at baseline, {1} events; {2} selected patients without (never imputed).",
        SafetyN = "Patients exposed (course started): {0}. Not counted: {1} events before the course started, {2} drafts.",
        RateHeaders = ["Row", "Patients with the event", "Events"],
        NoExposure = "No patient in this selection has started a course: there is no rate to report.",
        Captions =
        [
            "Mean observed ALSFRS-R total by 6-month band since the first assessment (bands of at least 5 assessments) and the model's average line before the course.",
            "Kaplan–Meier estimate of survival free of the composite endpoint from onset, with its 95% confidence band.",
            "Observed event-free survival of the patients with every ENCALS predictor, and the mean of their ENCALS-predicted curves.",
        ],
        ChartWords = ["Months since onset", "ALSFRS-R total", "Event-free probability", "Observed", "ENCALS predicted (mean)", "Model, before the course", "95% CI",
            "Months since the first ALSFRS-R"],
        MethodParagraphs =
        [
            "Patients of the clinic who match the selection. The baseline is the last ALSFRS-R on or before the first day of the first course that "
                + "started, or the first ALSFRS-R of a patient without a course; phenotype (revised El Escorial findings), ΔFS and the ENCALS "
                + "prediction are computed at the baseline with the same rules as the patient pages. Clinic and self-administered ALSFRS-R are both used.",
            "ALSFRS-R total ~ months since the first ALSFRS-R + months since the course started + (months | patient), fitted by restricted maximum likelihood "
                + "as R's lme4::lmer (REML); the post-course term is the change in the monthly slope after the course started. Intervals are Wald "
                + "95% intervals (estimate ± 1.96 SE). The engine is checked against R (docs/statistics/validation.md).",
            "Composite endpoint of the ENCALS model: non-invasive ventilation for more than 23 hours a day, tracheostomy or death, from symptom "
                + "onset. A patient without an event is censored at the last day known alive (last ALSFRS-R, vital-status check or diagnosis). "
                + "Kaplan–Meier with Greenwood variance and log-transformed 95% intervals, median as R's survfit.",
            "Cox proportional hazards with Efron's method for ties, covariates fixed at baseline: age at onset, bulbar onset, ΔFS and diagnostic "
                + "delay; complete cases only; Wald 95% intervals.",
            "Natural history: each patient's ENCALS-predicted survival (Westeneng 2018, model with C9orf72) from the baseline predictors; the mean "
                + "predicted survival at 12 and 24 months from onset is set against the Kaplan–Meier estimate of the same patients. The ALSFRS-R "
                + "slope is set against the population decline reported by PRECISION-ALS.",
            "Adverse events: treatment-emergent events (onset on or after the first day of the course) of patients whose course started, "
                + "confirmed by staff and graded with CTCAE; patients with at least one event over patients exposed, with exact Clopper–Pearson "
                + "95% intervals. A lot's row counts events where the lot's causality is possible, probable or certain (WHO-UMC).",
        ],
        Limitations =
        [
            "Observational and uncontrolled: there is no randomised comparison group, and the patients who chose treatment differ from those who did not.",
            "Regression to the mean and a decline that is not linear (it often slows over time) can change the slope after a course without any treatment effect.",
            "Survival is counted from onset, but patients enter the clinic months later: early survival is overestimated (immortal time), so compare with ENCALS with care.",
            "Drop-out is informative: patients who decline faster miss visits and die more often; the mixed model assumes that missing visits are missing at random.",
            "Self-administered ALSFRS-R scores are included; they agree well but not perfectly with clinician ratings.",
            "ENCALS was developed in European cohorts and is shown only for patients with every predictor; nothing is imputed.",
            "Adverse events are counted as recorded; under-reporting is possible, and without a control group a rate cannot be attributed to the treatment.",
            "Patients not seen are censored at their last contact; a death or event not yet recorded is missing from these figures.",
        ],
        Evidence = "MSC therapy for ALS is investigational: no cell therapy is approved for ALS in the United States or the European Union, the "
            + "Cochrane review (2019) found no high-quality evidence, and the two most advanced MSC products (NurOwn, lenzumestrocel) missed their "
            + "phase 3 primary endpoints. These figures describe this clinic's patients; they cannot show that the treatment works or is safe.",
        Footer = "MndCare cohort report. Aggregate figures only: no names or record numbers.",
    };

    /// <summary>The Simplified Chinese wording.</summary>
    public static readonly CohortWording SimplifiedChinese = new()
    {
        LanguageTag = "zh-Hans",
        Title = "队列结局与安全性",
        ReportTitle = "队列结局与安全性报告",
        Methods = "方法",
        CohortHeading = "队列",
        Outcomes = "结局",
        OutcomesIntro = "ALSFRS-R 随时间的变化、无复合终点事件生存及其预测因素；每个数字均附例数和 95% 置信区间。",
        TrajectoryHeading = "ALSFRS-R：线性混合模型",
        SurvivalHeading = "自起病起的无事件生存（Kaplan–Meier 法）",
        CoxHeading = "Cox 比例风险模型",
        NaturalHistoryHeading = "与自然病程比较",
        AdverseEventsHeading = "不良事件",
        LimitationsHeading = "局限性",
        Clinic = "诊所",
        AnalysisDate = "随访截至",
        Selection = "筛选条件",
        Everyone = "全部患者",
        FilterNames = ["表型", "起病部位", "基线 ΔFS 分组", "首个疗程开始日期", "批次"],
        From = "自 {0}",
        To = "至 {0}",
        ShareSentence = "{1} 例中 {0} 例（{2}%，95% 置信区间 {3}–{4}%）",
        CountOf = "{1} 例中 {0} 例",
        FlowRows =
        [
            "入选患者", "有起病日期", "有 ALSFRS-R 评分", "ALSFRS-R 评估次数", "已开始疗程", "疗程结束后仍有随访的治疗患者",
            "错过的随访时间点（占已完成或已错过的时间点）", "错过随访时间点的治疗患者", "脱落（错过随访且此后未再就诊，无终点事件）", "死亡", "复合终点事件",
        ],
        VisitsSentence = "共 {0} 次评估，其中自评 {1} 次",
        FollowUpSchedule = "随访时间点（诊所的随访计划）：疗程结束时及结束后 {0} 个月，各前后 {1} 天；窗口期结束仍无 ALSFRS-R 评分即为错过。",
        ListSeparator = "、",
        EstimateSentence = "每月 {0} 分（95% 置信区间 {1} 至 {2}）",
        SlopeLabel = "疗程前斜率",
        SlopeChangeLabel = "疗程开始后斜率的变化",
        TrajectoryN = "n = {1} 例患者的 {0} 次评估；{2} 例患者在疗程开始后有评估；自评 {3} 次；{4} 例入选患者未纳入（无 ALSFRS-R）。",
        RandomEffects = "患者间：截距标准差 {0} 分，斜率标准差每月 {1} 分，相关系数 {2}；残差标准差 {3} 分。",
        NoPostCourseTerm = "本次筛选中没有疗程开始后的评估，因此模型不含疗程后项。",
        NotConverged = "优化算法未满足收敛标准：请谨慎解读这些估计值。",
        Singular = "奇异拟合：数据所能支持的随机效应少于模型所设；固定效应仍为 REML 最优解。",
        NotEstimable = "本次筛选无法估计：患者或事件过少，或数值无变化。",
        PopulationSlope = "人群参考：24 个月内 ALSFRS-R 平均每月下降 {0} 分；95% 的患者在 {1} 至 {2} 分之间（PRECISION-ALS，7030 例患者）。",
        MedianSentence = "中位 {0} 个月（95% 置信区间 {1} 至 {2}）",
        NotReached = "未达到",
        SurvivalN = "n = {0} 例患者，{1} 例事件；{2} 例入选患者未纳入（无起病日期）。",
        CoxHeaders = ["协变量", "风险比", "95% 置信区间", "p 值"],
        Covariates = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CoxCovariates.AgeAtOnsetPer10Years] = "起病年龄（每 10 岁）",
            [CoxCovariates.BulbarOnset] = "延髓起病",
            [CoxCovariates.DeltaFsAtBaseline] = "基线 ΔFS（每月每分）",
            [CoxCovariates.DiagnosticDelayMonths] = "确诊延迟（每月）",
        },
        CoxN = "n = {0} 例协变量完整的患者，{1} 例事件；一致性指数 {2}；{3} 例因协变量缺失未纳入。",
        CoxDropped = "因在本次筛选中无变化而未纳入：{0}。",
        HorizonHeaders = ["起病后月数", "观察值（Kaplan–Meier 法）", "ENCALS 预测值（均值）"],
        SurvivalAt = "{0}（95% 置信区间 {1}–{2}）",
        NaturalHistoryN = "n = {0} 例基线 ENCALS 预测因子完整的患者，{1} 例事件；{2} 例入选患者预测因子不全（从不插补）。",
        SafetyN = "暴露患者（已开始疗程）：{0} 例。未计入：疗程开始前的事件 {1} 例，草稿 {2} 例。",
        RateHeaders = ["项目", "发生该事件的患者", "事件数"],
        NoExposure = "本次筛选中没有患者开始疗程：暂无发生率可报告。",
        Captions =
        [
            "自首次评估起每 6 个月区间的 ALSFRS-R 总分观察均值（至少 5 次评估的区间）及模型在疗程前的平均线。",
            "自起病起无复合终点事件生存的 Kaplan–Meier 估计及其 95% 置信带。",
            "ENCALS 预测因子完整的患者的观察无事件生存，以及其 ENCALS 预测曲线的均值。",
        ],
        ChartWords = ["起病后月数", "ALSFRS-R 总分", "无事件概率", "观察值", "ENCALS 预测（均值）", "模型（疗程前）", "95% 置信区间", "首次 ALSFRS-R 后月数"],
        MethodParagraphs =
        [
            "纳入本诊所符合筛选条件的患者。基线为首个已开始疗程第一天当天或之前的最后一次 ALSFRS-R；无疗程的患者取第一次 ALSFRS-R。表型（依据修订版"
                + " El Escorial 体检所见）、ΔFS 与 ENCALS 预测均在基线按与患者页面相同的规则计算。诊所评分与自评 ALSFRS-R 均纳入。",
            "ALSFRS-R 总分 ~ 首次 ALSFRS-R 后月数 + 疗程开始后月数 +（月数 | 患者），采用限制性最大似然法（REML）拟合，与 R 语言 lme4 软件包一致；"
                + "疗程后项即疗程开始后每月斜率的变化。区间为 Wald 95% 区间（估计值 ± 1.96 倍标准误）。计算引擎已与 R 的结果核对。",
            "采用 ENCALS 模型的复合终点：每天无创通气超过 23 小时、气管切开或死亡，自症状起病起计。无事件的患者在最后一次确认存活之日（最后一次"
                + " ALSFRS-R、生存状态核实或确诊日）删失。Kaplan–Meier 法，Greenwood 方差，对数变换 95% 区间，中位数规则与 R 语言一致。",
            "Cox 比例风险模型，结点采用 Efron 法，协变量为基线时的起病年龄、延髓起病、ΔFS 与确诊延迟；仅纳入协变量完整者；Wald 95% 区间。",
            "自然病程：依据基线预测因子计算每位患者的 ENCALS 预测生存（Westeneng 2018，含 C9orf72 的模型）；将起病后 12 与 24 个月的平均预测生存率与"
                + "同一批患者的 Kaplan–Meier 估计比较。ALSFRS-R 斜率与 PRECISION-ALS 报告的人群下降速度比较。",
            "不良事件：已开始疗程的患者在疗程第一天当天或之后发生的治疗期间不良事件，经工作人员确认并按 CTCAE 分级；以至少发生一次事件的患者数除以暴露"
                + "患者数，附 Clopper–Pearson 精确 95% 区间。批次一行只计入该批次因果关系为可能、很可能或肯定（WHO-UMC）的事件。",
        ],
        Limitations =
        [
            "观察性、无对照：没有随机对照组，选择接受治疗的患者与未接受者本身就不同。",
            "均值回归以及非线性的病情下降（常随时间减慢）都可能在没有任何治疗作用的情况下改变疗程后的斜率。",
            "生存自起病起计算，但患者数月后才来诊所：早期生存被高估（不朽时间偏倚），与 ENCALS 比较时需谨慎。",
            "脱落并非随机：下降较快的患者更常错过随访或死亡；混合模型假定缺失的随访为随机缺失。",
            "纳入了自评 ALSFRS-R 分数；其与医生评分一致性良好但并不完全相同。",
            "ENCALS 模型在欧洲队列中建立，且只对预测因子完整的患者显示；不做任何插补。",
            "不良事件按记录计数，可能存在漏报；没有对照组，发生率不能归因于治疗。",
            "未再就诊的患者在最后一次联系时删失；尚未记录的死亡或终点事件不在这些数字中。",
        ],
        Evidence = "间充质干细胞（MSC）治疗肌萎缩侧索硬化（ALS）仍属研究性治疗：美国和欧盟尚未批准任何细胞疗法用于 ALS；Cochrane 系统评价（2019）未发现高质量证据；"
            + "进展最快的两种 MSC 产品（NurOwn 与 lenzumestrocel）均未达到 3 期试验的主要终点。这些数字描述的是本诊所的患者，不能证明治疗有效或安全。",
        Footer = "MndCare 队列报告。仅含汇总数字：不含姓名或病历号。",
    };
}
