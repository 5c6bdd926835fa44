using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using static MndCare.Domain.Tests.Infusions.InfusionCases;

namespace MndCare.Domain.Tests.Infusions;

// docs/therapy/infusion.md "Vital signs": the six signs of [S23]; plausibility limits (design); NEWS2 score-0 bands; CTCAE fever.
public sealed class VitalSignsTests
{
    private static Result<VitalSigns> Create(decimal t = 36.8m, int hr = 72, int sys = 120, int dia = 80, int rr = 16, int spo2 = 98,
        DateTimeOffset? takenAt = null) => VitalSigns.Create(takenAt ?? Now, t, hr, sys, dia, rr, spo2, Now);

    private static (string Field, string Code)[] Errors(Result<VitalSigns> r) =>
        [.. r.Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code))];

    [Fact]
    public void Create_NormalSet_IsAcceptedAndNotFlagged()
    {
        var signs = Create().Value;

        Assert.Empty(VitalSignRanges.Default.Flags(signs));
        Assert.False(signs.IsFever);
    }

    public static TheoryData<decimal, int, int, int, int, int, string> Implausible() => new()
    {
        { 98.6m, 72, 120, 80, 16, 98, "temperatureCelsius" }, // Fahrenheit typed as Celsius
        { 370m, 72, 120, 80, 16, 98, "temperatureCelsius" }, // decimal point lost
        { 24.9m, 72, 120, 80, 16, 98, "temperatureCelsius" },
        { 36.8m, 19, 120, 80, 16, 98, "heartRate" },
        { 36.8m, 251, 120, 80, 16, 98, "heartRate" },
        { 36.8m, 72, 39, 30, 16, 98, "systolicMmHg" },
        { 36.8m, 72, 301, 80, 16, 98, "systolicMmHg" },
        { 36.8m, 72, 120, 9, 16, 98, "diastolicMmHg" },
        { 36.8m, 72, 250, 201, 16, 98, "diastolicMmHg" },
        { 36.8m, 72, 120, 80, 1, 98, "respiratoryRate" },
        { 36.8m, 72, 120, 80, 81, 98, "respiratoryRate" },
        { 36.8m, 72, 120, 80, 16, 39, "spo2Percent" },
        { 36.8m, 72, 120, 80, 16, 101, "spo2Percent" }, // saturation cannot exceed 100 %
    };

    [Theory]
    [MemberData(nameof(Implausible))]
    public void Create_ImpossibleValue_IsRefusedOnItsField(decimal t, int hr, int sys, int dia, int rr, int spo2, string field)
    {
        Assert.Equal([(field, InfusionErrorCodes.Implausible)], Errors(Create(t, hr, sys, dia, rr, spo2)));
    }

    [Theory]
    // Plausibility limits are accepted themselves.
    [InlineData(25.0, 20, 40, 10, 2, 40)]
    [InlineData(45.0, 250, 300, 200, 80, 100)]
    public void Create_PlausibilityLimits_AreAccepted(decimal t, int hr, int sys, int dia, int rr, int spo2)
    {
        Assert.True(Create(t, hr, sys, dia, rr, spo2).IsSuccess);
    }

    [Fact]
    public void Create_SystolicBelowDiastolic_IsRefused_EqualIsAccepted()
    {
        Assert.Equal([("diastolicMmHg", InfusionErrorCodes.SystolicBelowDiastolic)], Errors(Create(sys: 80, dia: 120)));
        Assert.True(Create(sys: 90, dia: 90).IsSuccess);
    }

    [Fact]
    public void Create_TakenInTheFuture_IsRefused_ButAMinuteOfClockSkewIsAccepted()
    {
        Assert.Equal([("takenAt", InfusionErrorCodes.InFuture)], Errors(Create(takenAt: Now.AddMinutes(2))));
        Assert.True(Create(takenAt: Now.AddMinutes(1)).IsSuccess);
    }

    [Fact]
    public void Create_SeveralProblems_AreAllReported()
    {
        Assert.Equal(3, Create(t: 98.6m, hr: 0, spo2: 101).Errors.Count);
    }

    [Theory]
    // CTCAE Fever grade 1 starts at 38.0 °C (v5.0, ctcae-lab-grading reference; v6.0 [S32b]).
    [InlineData(37.9, false)]
    [InlineData(38.0, true)]
    [InlineData(39.5, true)]
    public void IsFever_FromThirtyEightDegrees(decimal t, bool fever)
    {
        var signs = Create(t).Value;

        Assert.Equal(fever, signs.IsFever);
        Assert.Equal(fever, VitalSignRanges.Default.Flags(signs).Any(f => f is { Field: "temperatureCelsius", Direction: VitalSignDirection.High }));
    }

    public static TheoryData<decimal, int, int, int, int, int, string, VitalSignDirection> Flagged() => new()
    {
        // NEWS2 (RCP 2017) score-0 bands: temperature 36.1-38.0, HR 51-90, SBP 111-219, RR 12-20, SpO2 ≥ 96 (scale 1).
        { 36.0m, 72, 120, 80, 16, 98, "temperatureCelsius", VitalSignDirection.Low },
        { 36.8m, 50, 120, 80, 16, 98, "heartRate", VitalSignDirection.Low },
        { 36.8m, 91, 120, 80, 16, 98, "heartRate", VitalSignDirection.High },
        { 36.8m, 72, 110, 70, 16, 98, "systolicMmHg", VitalSignDirection.Low },
        { 36.8m, 72, 220, 80, 16, 98, "systolicMmHg", VitalSignDirection.High },
        { 36.8m, 72, 120, 59, 16, 98, "diastolicMmHg", VitalSignDirection.Low },
        { 36.8m, 72, 150, 91, 16, 98, "diastolicMmHg", VitalSignDirection.High },
        { 36.8m, 72, 120, 80, 11, 98, "respiratoryRate", VitalSignDirection.Low },
        { 36.8m, 72, 120, 80, 21, 98, "respiratoryRate", VitalSignDirection.High },
        { 36.8m, 72, 120, 80, 16, 95, "spo2Percent", VitalSignDirection.Low },
    };

    [Theory]
    [MemberData(nameof(Flagged))]
    public void Flags_OutsideTheNormalRange_NamesFieldAndDirection(decimal t, int hr, int sys, int dia, int rr, int spo2, string field,
        VitalSignDirection direction)
    {
        var flag = Assert.Single(VitalSignRanges.Default.Flags(Create(t, hr, sys, dia, rr, spo2).Value));

        Assert.Equal((field, direction), (flag.Field, flag.Direction));
    }

    [Theory]
    // The limits of each NEWS2 score-0 band are normal.
    [InlineData(36.1, 51, 111, 60, 12, 96)]
    [InlineData(37.9, 90, 219, 90, 20, 100)]
    public void Flags_NormalRangeLimits_AreNotFlagged(decimal t, int hr, int sys, int dia, int rr, int spo2)
    {
        Assert.Empty(VitalSignRanges.Default.Flags(Create(t, hr, sys, dia, rr, spo2).Value));
    }

    [Fact]
    public void Ranges_AreTheClinics_ForExampleSpo2Scale2()
    {
        var d = VitalSignRanges.Default;
        var scale2 = VitalSignRanges.Create(d.LowestNormalTemperatureCelsius, d.HeartRate, d.SystolicMmHg, d.DiastolicMmHg, d.RespiratoryRate,
            new VitalSignRange(88, 92)).Value;

        Assert.Empty(scale2.Flags(Create(spo2: 90).Value));
        Assert.Equal(VitalSignDirection.High, scale2.Flags(Create(spo2: 97).Value).Single().Direction);
        Assert.False(VitalSignRanges.Create(38.0m, d.HeartRate, d.SystolicMmHg, d.DiastolicMmHg, d.RespiratoryRate, d.Spo2Percent).IsSuccess);
        Assert.False(VitalSignRanges.Create(36.1m, new VitalSignRange(90, 50), d.SystolicMmHg, d.DiastolicMmHg, d.RespiratoryRate, d.Spo2Percent).IsSuccess);
        Assert.False(VitalSignRanges.Create(36.1m, d.HeartRate, d.SystolicMmHg, d.DiastolicMmHg, d.RespiratoryRate, new VitalSignRange(90, 101)).IsSuccess);
    }
}
