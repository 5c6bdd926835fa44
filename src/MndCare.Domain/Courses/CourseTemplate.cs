using System.Collections.ObjectModel;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Courses;

/// <summary>An administrator's definition of a treatment course: its length, MSC infusions, weekly TCM sessions and assessments.</summary>
/// <remarks>
/// docs/therapy/courses.md, "Templates". The programme is "a 3-4 week course of intravenous allogeneic umbilical-cord MSC
/// infusions combined with TCM" (issue 8); the numbers of the demo templates are the demo clinic's, not evidence: no
/// controlled ALS trial used an IV 3-4-week UC-MSC course (../shared/reference/therapy-safety-tcm.md section A4).
/// </remarks>
public sealed record CourseTemplate
{
    /// <summary>Longest template name, in text elements.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Shortest course, in weeks: the programme's 3-4 weeks (issue 8).</summary>
    public const int MinLengthWeeks = 3;

    /// <summary>Longest course, in weeks: the programme's 3-4 weeks (issue 8).</summary>
    public const int MaxLengthWeeks = 4;

    /// <summary>Fewest infusions: a course of this programme gives at least one.</summary>
    public const int MinInfusions = 1;

    /// <summary>Most infusions a template may ask for (whether they fit is checked separately).</summary>
    public const int MaxInfusions = 20;

    /// <summary>Shortest spacing between two infusions, in days: never two on one day.</summary>
    public const int MinInfusionSpacingDays = 1;

    /// <summary>Longest spacing between two infusions, in days (less than the longest course).</summary>
    public const int MaxInfusionSpacingDays = MaxLengthWeeks * DaysPerWeek - 1;

    /// <summary>Most sessions of one TCM modality in a week: one a day on the demo clinic's five working days.</summary>
    public const int MaxTcmSessionsPerWeek = 5;

    /// <summary>Days in a course week.</summary>
    public const int DaysPerWeek = 7;

    private CourseTemplate(string name, string? nameInChinese, int lengthWeeks, int infusionCount, int infusionSpacingDays,
        IReadOnlyDictionary<TcmModality, int> tcmSessionsPerWeek, IReadOnlyList<CourseAssessmentKind> baselineAssessments,
        IReadOnlyList<CourseAssessmentKind> endAssessments)
    {
        Name = name;
        NameInChinese = nameInChinese;
        LengthWeeks = lengthWeeks;
        InfusionCount = infusionCount;
        InfusionSpacingDays = infusionSpacingDays;
        TcmSessionsPerWeek = tcmSessionsPerWeek;
        BaselineAssessments = baselineAssessments;
        EndAssessments = endAssessments;
    }

    /// <summary>The template's name as the clinic calls it.</summary>
    public string Name { get; }

    /// <summary>The name in Simplified Chinese; null when the clinic gave none (pages then show <see cref="Name"/>).</summary>
    public string? NameInChinese { get; }

    /// <summary>The name in <paramref name="language"/>: its Chinese wording when there is one, else as written.</summary>
    /// <param name="language">The reader's language.</param>
    public string NameIn(PreferredLanguage language) =>
        language == PreferredLanguage.SimplifiedChinese && NameInChinese is { } chinese ? chinese : Name;

    /// <summary>The course length in weeks (3 or 4).</summary>
    public int LengthWeeks { get; }

    /// <summary>The course length in days.</summary>
    public int LengthDays => checked(LengthWeeks * DaysPerWeek);

    /// <summary>How many IV UC-MSC infusions the course gives.</summary>
    public int InfusionCount { get; }

    /// <summary>The least number of days from one infusion to the next.</summary>
    public int InfusionSpacingDays { get; }

    /// <summary>Sessions per course week of each TCM modality (every modality present; 0 when not used).</summary>
    public IReadOnlyDictionary<TcmModality, int> TcmSessionsPerWeek { get; }

    /// <summary>What is measured on the first day, before the first infusion.</summary>
    public IReadOnlyList<CourseAssessmentKind> BaselineAssessments { get; }

    /// <summary>What is measured on the last open day, after the last infusion.</summary>
    public IReadOnlyList<CourseAssessmentKind> EndAssessments { get; }

    /// <summary>The assessments due at <paramref name="timepoint"/>.</summary>
    /// <param name="timepoint">Baseline or end of course.</param>
    public IReadOnlyList<CourseAssessmentKind> AssessmentsAt(AssessmentTimepoint timepoint) => timepoint switch
    {
        AssessmentTimepoint.Baseline => BaselineAssessments,
        AssessmentTimepoint.EndOfCourse => EndAssessments,
    };

    private static readonly IReadOnlyList<CourseAssessmentKind> DemoAssessments =
        [CourseAssessmentKind.AlsfrsR, CourseAssessmentKind.Fvc, CourseAssessmentKind.Weight, CourseAssessmentKind.SafetyLabs];

    /// <summary>The demo clinic's 4-week course: 4 weekly infusions, daily acupuncture, TCM three times a week.</summary>
    public static CourseTemplate FourWeekDemo { get; } = new("4-week IV UC-MSC + TCM", "4周静脉输注脐带间充质干细胞联合中医治疗",
        lengthWeeks: 4, infusionCount: 4, infusionSpacingDays: 7,
        Sessions(acupuncture: 5, herbalMedicine: 1, moxibustion: 3, tuina: 3), DemoAssessments, DemoAssessments);

    /// <summary>The demo clinic's 3-week course: 3 weekly infusions, daily acupuncture, moxibustion twice and tuina three times a week.</summary>
    public static CourseTemplate ThreeWeekDemo { get; } = new("3-week IV UC-MSC + TCM", "3周静脉输注脐带间充质干细胞联合中医治疗",
        lengthWeeks: 3, infusionCount: 3, infusionSpacingDays: 7,
        Sessions(acupuncture: 5, herbalMedicine: 1, moxibustion: 2, tuina: 3), DemoAssessments, DemoAssessments);

    /// <summary>The demo templates, longest first.</summary>
    public static IReadOnlyList<CourseTemplate> Demos { get; } = [FourWeekDemo, ThreeWeekDemo];

    /// <summary>A checked template, or every problem found.</summary>
    /// <param name="name">The name, required.</param>
    /// <param name="lengthWeeks">3 or 4.</param>
    /// <param name="infusionCount">Number of MSC infusions.</param>
    /// <param name="infusionSpacingDays">Least days from one infusion to the next.</param>
    /// <param name="tcmSessionsPerWeek">Sessions per week by modality (0-5); modalities left out are 0.</param>
    /// <param name="baselineAssessments">At least one; no repeats.</param>
    /// <param name="endAssessments">At least one; no repeats.</param>
    /// <param name="nameInChinese">The name in Simplified Chinese, or null.</param>
    public static Result<CourseTemplate> Create(string? name, int lengthWeeks, int infusionCount, int infusionSpacingDays,
        IReadOnlyDictionary<TcmModality, int>? tcmSessionsPerWeek, IEnumerable<CourseAssessmentKind> baselineAssessments,
        IEnumerable<CourseAssessmentKind> endAssessments, string? nameInChinese = null)
    {
        ArgumentNullException.ThrowIfNull(baselineAssessments);
        ArgumentNullException.ThrowIfNull(endAssessments);
        var errors = new List<Error>();
        var validName = FreeText.Required(name, "name", MaxNameLength);
        errors.AddRange(validName.Errors);
        var validChineseName = FreeText.Optional(nameInChinese, "nameInChinese", MaxNameLength);
        errors.AddRange(validChineseName.Errors);
        var inRange = Range(errors, "lengthWeeks", lengthWeeks, MinLengthWeeks, MaxLengthWeeks)
            & Range(errors, "infusionCount", infusionCount, MinInfusions, MaxInfusions)
            & Range(errors, "infusionSpacingDays", infusionSpacingDays, MinInfusionSpacingDays, MaxInfusionSpacingDays);
        if (inRange && !InfusionsFitWhateverTheStartDay(lengthWeeks * DaysPerWeek, infusionCount, infusionSpacingDays))
        {
            errors.Add(new ValidationError("infusionCount", CourseErrorCodes.InfusionsDoNotFit,
                "The infusions do not fit in the course before its last day, on every weekday it may start."));
        }
        var sessions = new Dictionary<TcmModality, int>();
        foreach (var modality in Enum.GetValues<TcmModality>())
        {
            var count = tcmSessionsPerWeek?.GetValueOrDefault(modality) ?? 0;
            Range(errors, "tcmSessionsPerWeek." + CourseWireNames.Of(modality), count, 0, MaxTcmSessionsPerWeek);
            sessions[modality] = count;
        }
        var baseline = Assessments(errors, "baselineAssessments", baselineAssessments);
        var end = Assessments(errors, "endAssessments", endAssessments);
        return errors.Count > 0
            ? Result<CourseTemplate>.Failure(errors)
            : new CourseTemplate(validName.Value, validChineseName.Value, lengthWeeks, infusionCount, infusionSpacingDays,
                sessions.AsReadOnly(), baseline, end);
    }

    // A template is used with any start day, so its infusions must fit whichever working day of a Monday-to-Friday week the
    // course starts on; a calendar with other working days or holidays is checked again when it is generated.
    private static bool InfusionsFitWhateverTheStartDay(int lengthDays, int count, int spacingDays)
    {
        var aMonday = new DateOnly(2024, 1, 1);
        bool IsWorkingDay(DateOnly day) => CourseCalendarOptions.MondayToFriday.Contains(day.DayOfWeek);
        return Enumerable.Range(0, 5).All(offset =>
            CourseDays.InfusionDates(aMonday.AddDays(offset), lengthDays, count, spacingDays, IsWorkingDay) is not null);
    }

    private static bool Range(List<Error> errors, string field, int value, int min, int max)
    {
        if (value >= min && value <= max)
        {
            return true;
        }
        errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} must be from {min} to {max}."));
        return false;
    }

    private static IReadOnlyList<CourseAssessmentKind> Assessments(List<Error> errors, string field, IEnumerable<CourseAssessmentKind> given)
    {
        var list = given.ToList();
        if (list.Count == 0)
        {
            errors.Add(new ValidationError(field, ValidationError.Required, $"Choose at least one assessment for {field}."));
        }
        if (list.Distinct().Count() != list.Count)
        {
            errors.Add(new ValidationError(field, CourseErrorCodes.DuplicateAssessment, "An assessment is listed twice."));
        }
        if (list.Any(k => !Enum.IsDefined(k)))
        {
            throw new ArgumentOutOfRangeException(nameof(given), "Not an assessment kind.");
        }
        return [.. list.Distinct()];
    }

    private static ReadOnlyDictionary<TcmModality, int> Sessions(int acupuncture, int herbalMedicine, int moxibustion, int tuina) =>
        new Dictionary<TcmModality, int>
        {
            [TcmModality.Acupuncture] = acupuncture,
            [TcmModality.HerbalMedicine] = herbalMedicine,
            [TcmModality.Moxibustion] = moxibustion,
            [TcmModality.Tuina] = tuina,
        }.AsReadOnly();
}
