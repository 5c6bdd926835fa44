using MndCare.Domain.Infusions;

namespace MndCare.Domain.Tests.Infusions;

// A clinic's own infusion settings (docs/therapy/infusion.md, "Clinic settings"): validated by the domain's rules, the defaults
// round-trip, and the tolerance follows the interval.
public sealed class ClinicInfusionPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Defaults_RoundTrip_ThroughTheNumbersAnAdministratorEdits()
    {
        var values = ClinicInfusionPolicy.ValuesOf(InfusionPolicy.Default);

        var policy = ClinicInfusionPolicy.Validate(values).Value;

        Assert.Equal(new InfusionSettingsValues(500_000m, 2_000_000m, 7, 15, 60), values);
        Assert.Equal((InfusionPolicy.Default.DoseRange, InfusionPolicy.Default.WeightMaxAge, InfusionPolicy.Default.Monitoring),
            (policy.DoseRange, policy.WeightMaxAge, policy.Monitoring));
    }

    [Theory]
    [InlineData(200_000, 2_000_000, 7, 15, 60, "maxCellsPerKg", InfusionErrorCodes.DoseRangeTooWide)]
    [InlineData(1_000_000, 500_000, 7, 15, 60, "maxCellsPerKg", InfusionErrorCodes.DoseRangeTooWide)]
    [InlineData(0, 2_000_000, 7, 15, 60, "minCellsPerKg", "outOfRange")]
    [InlineData(500_000, 2_000_000, 0, 15, 60, "weightMaxAgeDays", "outOfRange")]
    [InlineData(500_000, 2_000_000, 91, 15, 60, "weightMaxAgeDays", "outOfRange")]
    [InlineData(500_000, 2_000_000, 7, 4, 60, "monitoringIntervalMinutes", InfusionErrorCodes.InvalidMonitoringSetting)]
    [InlineData(500_000, 2_000_000, 7, 15, -1, "monitoringAfterEndMinutes", InfusionErrorCodes.InvalidMonitoringSetting)]
    public void Validate_RefusesASettingThatBreaksItsRule(decimal min, decimal max, int weightDays, int interval, int afterEnd, string field, string code)
    {
        var result = ClinicInfusionPolicy.Validate(new InfusionSettingsValues(min, max, weightDays, interval, afterEnd));

        var error = Assert.IsType<Results.ValidationError>(Assert.Single(result.Errors));
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(10, 3)]
    [InlineData(15, 5)]
    [InlineData(60, 20)]
    public void Tolerance_IsAThirdOfTheInterval_InWholeMinutes(int interval, int tolerance)
    {
        var stored = ClinicInfusionPolicy.Create(Guid.CreateVersion7(), new InfusionSettingsValues(500_000m, 2_000_000m, 7, interval, 60), Guid.CreateVersion7(),
            Now, Guid.CreateVersion7());

        Assert.Equal(TimeSpan.FromMinutes(tolerance), stored.Policy.Monitoring.Tolerance);
        Assert.Equal(TimeSpan.FromMinutes(interval), stored.Policy.Monitoring.Interval);
    }

    [Fact]
    public void Replace_WithUnvalidatedNumbers_IsABug() =>
        Assert.Throws<ArgumentException>(() => ClinicInfusionPolicy.Create(Guid.CreateVersion7(), new InfusionSettingsValues(1m, 100m, 7, 15, 60),
            Guid.CreateVersion7(), Now, Guid.CreateVersion7()));
}
