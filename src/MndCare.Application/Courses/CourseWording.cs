using System.Globalization;
using MndCare.Domain.Courses;
using MndCare.Domain.Patients;

namespace MndCare.Application.Courses;

/// <summary>How courses read in English and Simplified Chinese: session kinds, statuses, assessments, medications and the words
/// of the printable schedule. The pages and the schedule PDF both use it, so a session is named the same on screen and on paper.</summary>
public sealed record CourseWording
{
    /// <summary>The English wording.</summary>
    public static readonly CourseWording English = new()
    {
        LanguageTag = "en",
        Kinds = new Dictionary<SessionKind, string>
        {
            [SessionKind.MscInfusion] = "MSC infusion", [SessionKind.Acupuncture] = "Acupuncture", [SessionKind.HerbalMedicine] = "Herbal medicine review",
            [SessionKind.Moxibustion] = "Moxibustion", [SessionKind.Tuina] = "Tuina", [SessionKind.Assessment] = "Assessment",
        },
        Statuses = new Dictionary<CourseStatus, string>
        {
            [CourseStatus.Planned] = "Planned", [CourseStatus.InProgress] = "In progress", [CourseStatus.Completed] = "Completed",
            [CourseStatus.StoppedEarly] = "Stopped early",
        },
        AssessmentNames = new Dictionary<CourseAssessmentKind, string>
        {
            [CourseAssessmentKind.AlsfrsR] = "ALSFRS-R", [CourseAssessmentKind.Fvc] = "FVC (% of predicted)", [CourseAssessmentKind.Weight] = "Weight (kg)",
            [CourseAssessmentKind.SafetyLabs] = "Safety blood tests (blood count, liver and kidney function)",
        },
        Timepoints = new Dictionary<AssessmentTimepoint, string>
        {
            [AssessmentTimepoint.Baseline] = "Baseline", [AssessmentTimepoint.EndOfCourse] = "End of course",
        },
        Medications = new Dictionary<KnownMedication, string>
        {
            [KnownMedication.Riluzole] = "Riluzole", [KnownMedication.Edaravone] = "Edaravone", [KnownMedication.Tofersen] = "Tofersen",
            [KnownMedication.Other] = "Other",
        },
        Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        InfusionNumber = "MSC infusion {0}",
        AssessmentSession = "{0} ({1}): {2}",
        ListSeparator = ", ",
        Title = "Treatment schedule",
        Patient = "Patient", Clinic = "Clinic", Course = "Course", Dates = "Dates", Status = "Status", Printed = "Printed",
        DateRange = "{0} to {1}",
        Week = "Week {0}",
        Headers = ["Day", "Time", "Session", "Room"],
        TimesNote = "Times are the clinic's local time ({0}). The clinic tells you about any change; please arrive 15 minutes early.",
        Footer = "MndCare treatment schedule",
    };

    /// <summary>The Simplified Chinese wording.</summary>
    public static readonly CourseWording SimplifiedChinese = new()
    {
        LanguageTag = "zh-Hans",
        Kinds = new Dictionary<SessionKind, string>
        {
            [SessionKind.MscInfusion] = "间充质干细胞输注", [SessionKind.Acupuncture] = "针灸", [SessionKind.HerbalMedicine] = "中药复诊",
            [SessionKind.Moxibustion] = "艾灸", [SessionKind.Tuina] = "推拿", [SessionKind.Assessment] = "评估",
        },
        Statuses = new Dictionary<CourseStatus, string>
        {
            [CourseStatus.Planned] = "已计划", [CourseStatus.InProgress] = "进行中", [CourseStatus.Completed] = "已完成", [CourseStatus.StoppedEarly] = "已提前终止",
        },
        AssessmentNames = new Dictionary<CourseAssessmentKind, string>
        {
            [CourseAssessmentKind.AlsfrsR] = "ALSFRS-R 评分", [CourseAssessmentKind.Fvc] = "用力肺活量（占预计值 %）", [CourseAssessmentKind.Weight] = "体重（kg）",
            [CourseAssessmentKind.SafetyLabs] = "安全性血液检查（血常规、肝肾功能）",
        },
        Timepoints = new Dictionary<AssessmentTimepoint, string>
        {
            [AssessmentTimepoint.Baseline] = "基线", [AssessmentTimepoint.EndOfCourse] = "疗程结束",
        },
        Medications = new Dictionary<KnownMedication, string>
        {
            [KnownMedication.Riluzole] = "利鲁唑", [KnownMedication.Edaravone] = "依达拉奉", [KnownMedication.Tofersen] = "托夫生",
            [KnownMedication.Other] = "其他",
        },
        Weekdays = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
        InfusionNumber = "第 {0} 次间充质干细胞输注",
        AssessmentSession = "{0}（{1}）：{2}",
        ListSeparator = "、",
        Title = "治疗日程表",
        Patient = "患者", Clinic = "诊所", Course = "疗程", Dates = "日期", Status = "状态", Printed = "打印时间",
        DateRange = "{0} 至 {1}",
        Week = "第 {0} 周",
        Headers = ["日期", "时间", "项目", "治疗室"],
        TimesNote = "时间均为诊所当地时间（{0}）。如有变动，诊所会通知您；请提前 15 分钟到达。",
        Footer = "MndCare 治疗日程表",
    };

    /// <summary>"en" or "zh-Hans".</summary>
    public required string LanguageTag { get; init; }

    public required IReadOnlyDictionary<SessionKind, string> Kinds { get; init; }

    public required IReadOnlyDictionary<CourseStatus, string> Statuses { get; init; }

    public required IReadOnlyDictionary<CourseAssessmentKind, string> AssessmentNames { get; init; }

    public required IReadOnlyDictionary<AssessmentTimepoint, string> Timepoints { get; init; }

    public required IReadOnlyDictionary<KnownMedication, string> Medications { get; init; }

    /// <summary>Monday first.</summary>
    public required IReadOnlyList<string> Weekdays { get; init; }

    public required string InfusionNumber { get; init; }

    /// <summary>"Assessment (Baseline): ALSFRS-R, FVC…": kind, timepoint, what is measured.</summary>
    public required string AssessmentSession { get; init; }

    public required string ListSeparator { get; init; }

    public required string Title { get; init; }

    public required string Patient { get; init; }

    public required string Clinic { get; init; }

    public required string Course { get; init; }

    public required string Dates { get; init; }

    public required string Status { get; init; }

    public required string Printed { get; init; }

    public required string DateRange { get; init; }

    public required string Week { get; init; }

    public required IReadOnlyList<string> Headers { get; init; }

    public required string TimesNote { get; init; }

    public required string Footer { get; init; }

    /// <summary>Chinese for "zh-Hans", English otherwise.</summary>
    public static CourseWording For(string? languageTag) =>
        languageTag == WireNames.Of(PreferredLanguage.SimplifiedChinese) ? SimplifiedChinese : English;

    /// <summary>A session kind by its wire name ("mscInfusion").</summary>
    public string Kind(string wireName) => Kinds[Parse<SessionKind>(wireName)];

    /// <summary>A session's name: its kind, with the infusion's number or the assessment's timepoint and measurements.</summary>
    public string Session(string kind, int? infusionNumber, string? timepoint = null, IReadOnlyList<string>? assessments = null) =>
        infusionNumber is { } n ? string.Format(CultureInfo.InvariantCulture, InfusionNumber, n)
        : timepoint is not null ? string.Format(CultureInfo.InvariantCulture, AssessmentSession, Kind(kind), Timepoint(timepoint),
            string.Join(ListSeparator, (assessments ?? []).Select(Assessment)))
        : Kind(kind);

    /// <summary>A course status by its wire name ("inProgress").</summary>
    public string StatusOf(string wireName) => Statuses[Parse<CourseStatus>(wireName)];

    /// <summary>An assessment by its wire name ("alsfrsR").</summary>
    public string Assessment(string wireName) => AssessmentNames[Parse<CourseAssessmentKind>(wireName)];

    /// <summary>A timepoint by its wire name ("baseline").</summary>
    public string Timepoint(string wireName) => Timepoints[Parse<AssessmentTimepoint>(wireName)];

    /// <summary>A medication by its wire name, or the name written for "other".</summary>
    public string Medication(string wireName, string? name) =>
        Parse<KnownMedication>(wireName) is KnownMedication.Other && name is not null ? name : Medications[Parse<KnownMedication>(wireName)];

    /// <summary>A date's weekday, Monday first.</summary>
    public string Weekday(DateOnly date) => Weekdays[((int)date.DayOfWeek + 6) % 7];

    /// <summary>A template's name in this language: the Chinese name for Chinese readers when there is one.</summary>
    public string TemplateName(string? name, string? nameInChinese) =>
        LanguageTag == SimplifiedChinese.LanguageTag && !string.IsNullOrWhiteSpace(nameInChinese) ? nameInChinese : name ?? string.Empty;

    private static T Parse<T>(string wireName) where T : struct, Enum =>
        WireNames.Parse<T>(wireName) ?? throw new ArgumentOutOfRangeException(nameof(wireName), wireName, "Not a " + typeof(T).Name + " wire name.");
}
