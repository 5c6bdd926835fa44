using MndCare.Domain.Clinics;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.FollowUp;

// Clinical events, "known alive" dates, who entered a self-report, and the clinic's policy (docs/outcomes/follow-up.md): the date rules
// and the codes each broken rule returns.
public sealed class FollowUpRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    private static readonly PatientDates Dates = new(new DateOnly(1960, 5, 1), new DateOnly(2024, 6, 1), new DateOnly(2025, 1, 10), null,
        new DateOnly(2026, 3, 10));

    private static string[] Codes<T>(Result<T> result) => [.. result.Errors.Select(e => e.Code)];

    private static string[] Expected(string? code) => code is null ? [] : [code];

    private static Result<ClinicalEvent> Event(ClinicalEventKind kind, DateOnly on, PatientDates? dates = null, string? note = null) =>
        ClinicalEvent.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), kind, on, note, ClinicalEventSource.Clinic, dates ?? Dates,
            Guid.CreateVersion7(), Now);

    [Theory]
    [InlineData(ClinicalEventKind.Gastrostomy, "2026-03-10", null)]
    [InlineData(ClinicalEventKind.Tracheostomy, "2026-03-11", FollowUpErrorCodes.InFuture)]
    [InlineData(ClinicalEventKind.NonInvasiveVentilation, "1960-04-30", FollowUpErrorCodes.BeforeBirth)]
    [InlineData(ClinicalEventKind.Death, "2024-05-31", FollowUpErrorCodes.DeathBeforeOnset)]
    [InlineData(ClinicalEventKind.Death, "2024-12-31", FollowUpErrorCodes.DeathBeforeOnset)]
    [InlineData(ClinicalEventKind.Death, "2025-01-10", null)]
    public void AnEventsDate_IsNotInTheFuture_NorBeforeBirth_AndADeathNotBeforeOnsetOrDiagnosis(ClinicalEventKind kind, string on, string? code)
    {
        var recorded = Event(kind, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Expected(code), Codes(recorded));
    }

    [Fact]
    public void AfterADeath_NoOtherEventNorKnownAliveDate_CanBeLater()
    {
        var deceased = Dates with { DeathDate = new DateOnly(2026, 2, 1) };

        Assert.Equal([FollowUpErrorCodes.AfterDeath], Codes(Event(ClinicalEventKind.Tracheostomy, new DateOnly(2026, 2, 2), deceased)));
        Assert.True(Event(ClinicalEventKind.PermanentVentilation, new DateOnly(2026, 1, 20), deceased).IsSuccess);
        Assert.Equal([FollowUpErrorCodes.PatientDeceased], Codes(VitalStatusCheck.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
            new DateOnly(2026, 2, 1), ClinicalEventSource.Clinic, deceased, Guid.CreateVersion7(), Now)));
    }

    [Fact]
    public void ANote_IsCheckedAsTypedText()
    {
        Assert.Equal("PEG at the city hospital", Event(ClinicalEventKind.Gastrostomy, Dates.Today, note: "  PEG at the city hospital ").Value.Note);
        Assert.Equal(["tooLong"], Codes(Event(ClinicalEventKind.Gastrostomy, Dates.Today, note: new string('x', ClinicalEvent.MaxNoteLength + 1))));
    }

    [Theory]
    [InlineData(SelfReportEntrant.Patient, null, true)]
    [InlineData(SelfReportEntrant.Patient, PatientRelationship.Self, true)]
    [InlineData(SelfReportEntrant.Patient, PatientRelationship.Spouse, false)]
    [InlineData(SelfReportEntrant.Caregiver, PatientRelationship.Child, true)]
    [InlineData(SelfReportEntrant.Caregiver, null, false)]
    [InlineData(SelfReportEntrant.Caregiver, PatientRelationship.Self, false)]
    public void ACaregiverNamesTheirRelationship_ThePatientNone(SelfReportEntrant enteredBy, PatientRelationship? relationship, bool valid)
    {
        var report = SelfReport.Record(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), enteredBy, relationship,
            Guid.CreateVersion7(), Now);

        Assert.Equal(Expected(valid ? null : FollowUpErrorCodes.RelationshipMismatch), Codes(report));
        if (valid)
        {
            Assert.Equal((SelfReportSetting.Home, enteredBy == SelfReportEntrant.Caregiver ? relationship : null),
                (report.Value.Setting, report.Value.CaregiverRelationship));
        }
    }

    [Theory]
    [InlineData(new[] { 1, 3, 6, 12 }, 14, null)]
    [InlineData(new[] { 2, 4 }, 7, null)]
    [InlineData(new int[0], 14, ValidationError.Required)]
    [InlineData(new[] { 3, 1 }, 14, FollowUpErrorCodes.MonthsNotIncreasing)]
    [InlineData(new[] { 3, 3 }, 14, FollowUpErrorCodes.MonthsNotIncreasing)]
    [InlineData(new[] { 0, 3 }, 14, ValidationError.OutOfRange)]
    [InlineData(new[] { 61 }, 14, ValidationError.OutOfRange)]
    [InlineData(new[] { 1 }, 0, ValidationError.OutOfRange)]
    [InlineData(new[] { 1 }, 61, ValidationError.OutOfRange)]
    public void APolicy_HasIncreasingMonths1To60_AndAWindowOf1To60Days(int[] months, int window, string? code) =>
        Assert.Equal(Expected(code), Codes(FollowUpPolicy.Create(months, window)));

    [Fact]
    public void AStoredPolicy_ReadsBackAsSaved()
    {
        var stored = ClinicFollowUpPolicy.Create(Guid.CreateVersion7(), FollowUpPolicy.Create([2, 4, 8], 10).Value, Guid.CreateVersion7(), Now,
            Guid.CreateVersion7());

        Assert.Equal(("2,4,8", "2,4,8", 10), (stored.MonthsAfterEnd, string.Join(",", stored.Policy.MonthsAfterEnd), stored.Policy.WindowDays));
    }

    [Fact]
    public void EveryEventKind_HasAWireName_ThatParsesBack()
    {
        Assert.All(Enum.GetValues<ClinicalEventKind>(), k => Assert.Equal(k, FollowUpWireNames.ParseKind(FollowUpWireNames.Of(k))));
        Assert.All(Enum.GetValues<FollowUpStatus>(), s => Assert.Equal(s, FollowUpWireNames.ParseStatus(FollowUpWireNames.Of(s))));
        Assert.Null(FollowUpWireNames.ParseKind("Death"));
    }
}
