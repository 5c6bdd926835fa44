using MndCare.Domain.Courses;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.Courses;

// docs/therapy/courses.md, "Templates per clinic": a template's wire-name document reads back as the same template and
// is checked by every template rule; unknown names are field errors, not exceptions.
public sealed class CourseTemplateInputTests
{
    [Fact]
    public void DemoTemplates_RoundTripThroughTheirWireNames()
    {
        foreach (var template in CourseTemplate.Demos)
        {
            var input = CourseTemplateInput.From(template);
            var read = input.ToTemplate().Value;

            Assert.Equal((template.Name, template.NameInChinese, template.LengthWeeks, template.InfusionCount, template.InfusionSpacingDays),
                (read.Name, read.NameInChinese, read.LengthWeeks, read.InfusionCount, read.InfusionSpacingDays));
            Assert.Equal(template.TcmSessionsPerWeek.OrderBy(s => s.Key), read.TcmSessionsPerWeek.OrderBy(s => s.Key));
            Assert.Equal(template.BaselineAssessments, read.BaselineAssessments);
            Assert.Equal(["alsfrsR", "fvc", "weight", "safetyLabs"], input.EndAssessments);
        }
    }

    [Fact]
    public void UnknownNames_AndBrokenRules_AreReportedTogether()
    {
        var input = CourseTemplateInput.From(CourseTemplate.ThreeWeekDemo) with
        {
            LengthWeeks = 5,
            TcmSessionsPerWeek = new Dictionary<string, int> { ["cupping"] = 2 },
            BaselineAssessments = ["alsfrsR", "mri"],
        };

        var errors = input.ToTemplate().Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code)).ToList();

        Assert.Contains(("tcmSessionsPerWeek.cupping", CourseErrorCodes.UnknownModality), errors);
        Assert.Contains(("baselineAssessments", CourseErrorCodes.UnknownAssessment), errors);
        Assert.Contains(("lengthWeeks", ValidationError.OutOfRange), errors);
    }

    [Fact]
    public void ClinicTemplate_Replace_KeepsIdAndClinic_AndSetsTheArchivedFlag()
    {
        var clinic = Guid.NewGuid();
        var row = ClinicCourseTemplate.Create(Guid.NewGuid(), clinic, CourseTemplate.FourWeekDemo, DateTimeOffset.UnixEpoch, Guid.NewGuid());
        var id = row.Id;

        row.Replace(CourseTemplate.ThreeWeekDemo, isArchived: true, DateTimeOffset.UnixEpoch.AddDays(1), Guid.NewGuid());

        Assert.Equal((id, clinic, CourseTemplate.ThreeWeekDemo, true), (row.Id, row.ClinicId, row.Template, row.IsArchived));
    }
}
