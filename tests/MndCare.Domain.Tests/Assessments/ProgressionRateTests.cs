using MndCare.Domain.Assessments;

namespace MndCare.Domain.Tests.Assessments;

public sealed class ProgressionRateTests
{
    [Theory]
    // docs/instruments/delta-fs.md (dossier §2), reference cases [D]
    [InlineData(44, 12.0, 0.333333, ProgressionGroup.Slow)]
    [InlineData(40, 16.0, 0.5, ProgressionGroup.Intermediate)]
    [InlineData(36, 8.0, 1.5, ProgressionGroup.Fast)]
    // boundaries: Labra 2016 thresholds belong to the intermediate group (Decision 3)
    [InlineData(47, 1 / 0.47, 0.47, ProgressionGroup.Intermediate)]
    [InlineData(47, 1 / 1.11, 1.11, ProgressionGroup.Intermediate)]
    [InlineData(47, 1 / 0.4699, 0.4699, ProgressionGroup.Slow)]
    [InlineData(47, 1 / 1.1101, 1.1101, ProgressionGroup.Fast)]
    [InlineData(48, 6.0, 0.0, ProgressionGroup.Slow)]
    public void FromMonths_ReferenceCases_GiveDeltaFsAndGroup(int total, double months, double deltaFs, ProgressionGroup group)
    {
        var value = ProgressionRate.FromMonths(total, months);

        Assert.Equal(deltaFs, value, 1e-6);
        Assert.Equal(group, ProgressionThresholds.Labra2016.Classify(value));
    }

    [Fact]
    public void DeltaFs_UsesCalendarDaysOver30Point4375()
    {
        // 365.25 days would be 12 months exactly; 365 days are 11.9918 months (Decision 1).
        var value = ProgressionRate.DeltaFs(44, new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1)).Value;

        Assert.Equal(4 / (365 / 30.4375), value, 1e-12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void DeltaFs_OnsetNotBeforeAssessment_IsAnErrorNotInfinity(int days)
    {
        var assessment = new DateOnly(2026, 6, 1);

        var result = ProgressionRate.DeltaFs(40, assessment.AddDays(-days), assessment);

        Assert.Equal(("onsetDate", "onsetNotBeforeAssessment"), (((Results.ValidationError)result.Errors[0]).Field, result.Errors[0].Code));
    }

    [Fact]
    public void Thresholds_AreConfigurable()
    {
        var round = ProgressionThresholds.Create(0.5, 1.0).Value;

        Assert.Equal(ProgressionGroup.Slow, round.Classify(0.49));
        Assert.Equal(ProgressionGroup.Fast, round.Classify(1.01));
        Assert.False(ProgressionThresholds.Create(1.2, 1.0).IsSuccess);
    }
}
