using MndCare.Domain.Courses;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.Courses;

// docs/therapy/courses.md, "Concomitant medications": names from ../shared/reference/therapy-safety-tcm.md section E;
// dates are inclusive (the demo clinic's reading of a start and a stop date).
public sealed class ConcomitantMedicationTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);

    private static Result<ConcomitantMedication> Create(KnownMedication medication = KnownMedication.Riluzole, string? name = null,
        string? dose = "50 mg twice daily", DateOnly? start = null, DateOnly? stop = null) =>
        ConcomitantMedication.Create(Guid.NewGuid(), medication, name, dose, start ?? March1, stop);

    [Fact]
    public void KnownMedication_IsStoredByItsCode()
    {
        var riluzole = Create(name: "ignored").Value;
        Assert.Equal((KnownMedication.Riluzole, (string?)null, "50 mg twice daily"), (riluzole.Medication, riluzole.Name, riluzole.DoseText));
    }

    [Theory]
    // Section E's three drugs typed as free text are recorded as the known medication; others keep their name.
    [InlineData("Riluzole", KnownMedication.Riluzole, null)]
    [InlineData(" EDARAVONE ", KnownMedication.Edaravone, null)]
    [InlineData("tofersen", KnownMedication.Tofersen, null)]
    [InlineData("Baclofen", KnownMedication.Other, "Baclofen")]
    [InlineData("other", KnownMedication.Other, "other")]
    public void OtherMedication_NamedInFreeText(string name, KnownMedication expected, string? kept)
    {
        var medication = Create(KnownMedication.Other, name).Value;
        Assert.Equal((expected, kept), (medication.Medication, medication.Name));
    }

    [Fact]
    public void Errors_NameDoseAndDates()
    {
        Assert.Equal("name", Assert.IsType<ValidationError>(Assert.Single(Create(KnownMedication.Other, " ").Errors)).Field);
        Assert.Equal("doseText", Assert.IsType<ValidationError>(Assert.Single(Create(dose: null).Errors)).Field);
        var stop = Assert.IsType<ValidationError>(Assert.Single(Create(stop: March1.AddDays(-1)).Errors));
        Assert.Equal(("stopsOn", CourseErrorCodes.StopBeforeStart), (stop.Field, stop.Code));
        // Stopped on the day it started: one day taken.
        Assert.True(Create(stop: March1).IsSuccess);
    }

    [Theory]
    [InlineData(-1, null, false)]  // before the start
    [InlineData(0, null, true)]    // the first day
    [InlineData(4000, null, true)] // still taken, years later
    [InlineData(10, 10, true)]     // the stop day is the last day taken
    [InlineData(11, 10, false)]    // after the stop
    public void IsActiveOn_IncludesStartAndStopDays(int day, int? stopDay, bool active)
    {
        var medication = Create(stop: stopDay is { } s ? March1.AddDays(s) : null).Value;
        Assert.Equal(active, medication.IsActiveOn(March1.AddDays(day)));
    }
}
