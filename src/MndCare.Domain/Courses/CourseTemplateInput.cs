using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Domain.Courses;

/// <summary>A course template's values as a client sends them and the database stores them: wire names, not yet validated.</summary>
/// <remarks>docs/therapy/courses.md, "Templates"; <see cref="ToTemplate"/> applies every rule of <see cref="CourseTemplate.Create"/>.</remarks>
/// <param name="Name">The name, required.</param>
/// <param name="NameInChinese">The name in Simplified Chinese; optional.</param>
/// <param name="LengthWeeks">3 or 4.</param>
/// <param name="InfusionCount">Number of MSC infusions.</param>
/// <param name="InfusionSpacingDays">Least days from one infusion to the next.</param>
/// <param name="TcmSessionsPerWeek">Sessions per week by modality wire name (acupuncture, herbalMedicine, moxibustion, tuina).</param>
/// <param name="BaselineAssessments">Assessment wire names due at baseline.</param>
/// <param name="EndAssessments">Assessment wire names due at the end of the course.</param>
public sealed record CourseTemplateInput(
    string? Name,
    string? NameInChinese,
    int LengthWeeks,
    int InfusionCount,
    int InfusionSpacingDays,
    IReadOnlyDictionary<string, int>? TcmSessionsPerWeek,
    IReadOnlyList<string>? BaselineAssessments,
    IReadOnlyList<string>? EndAssessments)
{
    /// <summary>The values of a template, as wire names.</summary>
    /// <param name="template">The template.</param>
    public static CourseTemplateInput From(CourseTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(template.Name, template.NameInChinese, template.LengthWeeks, template.InfusionCount, template.InfusionSpacingDays,
            template.TcmSessionsPerWeek.OrderBy(s => s.Key).ToDictionary(s => CourseWireNames.Of(s.Key), s => s.Value),
            [.. template.BaselineAssessments.Select(CourseWireNames.Of)], [.. template.EndAssessments.Select(CourseWireNames.Of)]);
    }

    /// <summary>The checked template, or every problem found (unknown wire names included).</summary>
    public Result<CourseTemplate> ToTemplate()
    {
        var errors = new List<Error>();
        var sessions = new Dictionary<TcmModality, int>();
        foreach (var (name, count) in TcmSessionsPerWeek ?? new Dictionary<string, int>())
        {
            if (WireNames.Parse<TcmModality>(name) is { } modality)
            {
                sessions[modality] = count;
            }
            else
            {
                errors.Add(new ValidationError("tcmSessionsPerWeek." + name, CourseErrorCodes.UnknownModality,
                    "Not a TCM modality: use " + string.Join(", ", WireNames.All<TcmModality>()) + "."));
            }
        }
        var baseline = Assessments(errors, "baselineAssessments", BaselineAssessments);
        var end = Assessments(errors, "endAssessments", EndAssessments);
        var template = CourseTemplate.Create(Name, LengthWeeks, InfusionCount, InfusionSpacingDays, sessions, baseline, end, NameInChinese);
        errors.AddRange(template.Errors);
        return errors.Count > 0 ? Result<CourseTemplate>.Failure(errors) : template;
    }

    private static List<CourseAssessmentKind> Assessments(List<Error> errors, string field, IReadOnlyList<string>? names)
    {
        var kinds = new List<CourseAssessmentKind>();
        foreach (var name in names ?? [])
        {
            if (WireNames.Parse<CourseAssessmentKind>(name) is { } kind)
            {
                kinds.Add(kind);
            }
            else
            {
                errors.Add(new ValidationError(field, CourseErrorCodes.UnknownAssessment,
                    "Not an assessment: use " + string.Join(", ", WireNames.All<CourseAssessmentKind>()) + "."));
            }
        }
        return kinds;
    }
}
