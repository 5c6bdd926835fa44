using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Safety.Labs;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Safety.Labs;

/// <summary>Schedules lab checks for a patient (tests, due date, reason); a later result of the test satisfies them
/// (<see cref="LabCheck.SatisfyBy"/>). The rules that schedule by themselves (riluzole started, fever on riluzole) stage their checks
/// in the caller's save, so the change and its checks are saved, and audited, together.</summary>
/// <remarks>docs/safety/labs.md, "Scheduled checks"; ADR 0032. Scheduling needs <see cref="Permission.ScheduleLabChecks"/> in the patient's
/// clinic (clinicians, nurses, TCM practitioners); anyone else learns nothing ("not found"), audited.</remarks>
public sealed class LabChecks(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "labCheck";

    /// <summary>The audited action of scheduling.</summary>
    public const string ScheduleAction = "labCheck.schedule";

    /// <summary>Schedules a check of each test for the patient, due on <see cref="LabCheckRequest.DueOn"/>, for the reason given
    /// (<c>riluzoleLiverMonitoring</c>, <c>hepatotoxicHerbWithRiluzole</c>, <c>feverOnRiluzole</c> or <c>manual</c>).</summary>
    public async Task<Result<IReadOnlyList<LabCheckView>>> ScheduleAsync(Actor actor, Guid patientId, LabCheckRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var entry = new AuditEntry(ScheduleAction, AuditOutcome.Success)
        {
            EntityType = "patient", EntityId = patientId.ToString("D"), Details = JsonSerializer.Serialize(new { patientId, request }),
        };
        var clinics = actor.ClinicsGranting(Permission.ScheduleLabChecks);
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == patientId && clinics.Contains(p.ClinicId))
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p.ClinicId, c.TimeZoneId }).SingleOrDefaultAsync(cancellationToken);
        if (patient is null)
        {
            return await audit.RefuseAsync<IReadOnlyList<LabCheckView>>(actor, new NotFoundError("patient"), entry with { Outcome = AuditOutcome.NotFound });
        }
        entry = entry with { ClinicId = patient.ClinicId };
        var errors = new List<Error>();
        var tests = (request.Tests ?? []).Select(LabTests.FromWireName).ToList();
        if (tests.Count == 0 || tests.Any(t => t is null) || tests.Distinct().Count() != tests.Count)
        {
            errors.Add(new ValidationError("tests", LabResultErrors.NoTests, "Name each test once, by its wire name (for example ALT)."));
        }
        var reason = LabCheckWireNames.ReasonFrom(request.Reason);
        if (reason is null)
        {
            errors.Add(new ValidationError("reason", LabResultErrors.UnknownReason,
                $"The reason is one of {string.Join(", ", Enum.GetValues<LabCheckReason>().Select(LabCheckWireNames.Of))}."));
        }
        if (request.DueOn is null)
        {
            errors.Add(new ValidationError("dueOn", ValidationError.Required, "dueOn is required (yyyy-MM-dd)."));
        }
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<IReadOnlyList<LabCheckView>>(actor, errors, entry);
        }
        var now = clock.GetUtcNow();
        var checks = Stage(patient.ClinicId, patientId, tests.Select(t => (t!.Value, request.DueOn!.Value)), reason!.Value, actor.UserId, now);
        await audit.SaveAsync(actor, [Audited(patient.ClinicId, patientId, checks)], cancellationToken);
        var today = ClinicTime.LocalDate(now, patient.TimeZoneId);
        return checks.Select(c => ToView(c, today)).ToList();
    }

    /// <summary>Whether the patient takes riluzole on <paramref name="date"/> by any of their courses' concomitant medications.</summary>
    public Task<bool> OnRiluzoleAsync(Guid patientId, DateOnly date, CancellationToken cancellationToken) =>
        db.TreatmentCourses.AsNoTracking().Where(c => c.PatientId == patientId).SelectMany(c => c.Medications)
            .AnyAsync(m => m.Medication == KnownMedication.Riluzole && m.StartsOn <= date && (m.StopsOn == null || m.StopsOn >= date), cancellationToken);

    /// <summary>Stages (adds, unsaved) a <c>feverOnRiluzole</c> neutrophil count due <paramref name="today"/> when the temperature is a fever
    /// and the patient takes riluzole, unless one is already open for today; returns its audit entry to save with the caller's.</summary>
    internal async Task<StagedChecks?> StageFeverCheckAsync(Guid clinicId, Guid patientId, decimal celsius, DateOnly today, Guid? byUserId,
        CancellationToken cancellationToken)
    {
        if (!RiluzoleLabel.FeverCallsForNeutrophils(celsius) || !await OnRiluzoleAsync(patientId, today, cancellationToken)
            || await db.LabChecks.AnyAsync(c => c.PatientId == patientId && c.Reason == LabCheckReason.FeverOnRiluzole && c.Test == LabTest.Neutrophils
                && c.DueOn == today && c.SatisfiedByResultId == null, cancellationToken))
        {
            return null;
        }
        var checks = Stage(clinicId, patientId, [(LabTest.Neutrophils, today)], LabCheckReason.FeverOnRiluzole, byUserId, clock.GetUtcNow());
        return new StagedChecks(Audited(clinicId, patientId, checks), checks);
    }

    /// <summary>Stages the riluzole label's ALT checks (<see cref="RiluzoleLabel.LiverMonitoringDueDates"/>) for riluzole started on
    /// <paramref name="startsOn"/>, unless the patient already has open riluzole monitoring checks; returns their audit changes.</summary>
    internal async Task<IReadOnlyList<FieldChange>> StageRiluzoleMonitoringAsync(Guid clinicId, Guid patientId, DateOnly startsOn, DateOnly today,
        Guid? byUserId, CancellationToken cancellationToken)
    {
        if (await db.LabChecks.AnyAsync(c => c.PatientId == patientId && c.Reason == LabCheckReason.RiluzoleLiverMonitoring
            && c.SatisfiedByResultId == null, cancellationToken))
        {
            return [];
        }
        var checks = Stage(clinicId, patientId, RiluzoleLabel.LiverMonitoringDueDates(startsOn, today).Select(d => (LabTest.Alt, d)),
            LabCheckReason.RiluzoleLiverMonitoring, byUserId, clock.GetUtcNow());
        return Changes(checks);
    }

    /// <summary>Stages (adds, unsaved) the liver tests of a hepatotoxic herb prescribed with riluzole (ALT, AST, bilirubin on each of
    /// <see cref="RiluzoleLabel.HepatotoxicHerbLiverCheckDates"/>, reason <c>hepatotoxicHerbWithRiluzole</c>) for the signature's save; returns
    /// the audit entry to save with it.</summary>
    internal AuditEntry StageHepatotoxicHerbChecks(Guid clinicId, Guid patientId, IReadOnlyList<LabTest> tests, DateOnly startsOn, DateOnly endsOn,
        Guid? byUserId)
    {
        var dates = RiluzoleLabel.HepatotoxicHerbLiverCheckDates(startsOn, endsOn);
        var checks = Stage(clinicId, patientId, dates.SelectMany(d => tests.Select(t => (t, d))), LabCheckReason.HepatotoxicHerbWithRiluzole, byUserId,
            clock.GetUtcNow());
        return Audited(clinicId, patientId, checks);
    }

    /// <summary>The checks a patient has, open ones first by due date, then satisfied ones newest first.</summary>
    internal async Task<IReadOnlyList<LabCheck>> OfPatientAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var checks = await db.LabChecks.AsNoTracking().Where(c => c.PatientId == patientId).ToListAsync(cancellationToken);
        return [.. checks.OrderBy(c => c.SatisfiedByResultId is null ? 0 : 1).ThenBy(c => c.SatisfiedByResultId is null ? c.DueOn.DayNumber : -c.DueOn.DayNumber)];
    }

    /// <summary>Checks added to the context, unsaved, with the audit entry to save with them.</summary>
    internal sealed record StagedChecks(AuditEntry Entry, IReadOnlyList<LabCheck> Checks);

    private List<LabCheck> Stage(Guid clinicId, Guid patientId, IEnumerable<(LabTest Test, DateOnly DueOn)> items, LabCheckReason reason, Guid? byUserId,
        DateTimeOffset now)
    {
        var checks = items.Select(i => LabCheck.Schedule(RecordId.New(clock), clinicId, patientId, i.Test, i.DueOn, reason, byUserId, now)).ToList();
        db.LabChecks.AddRange(checks);
        return checks;
    }

    private static AuditEntry Audited(Guid clinicId, Guid patientId, IReadOnlyList<LabCheck> checks) => new(ScheduleAction, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = "patient",
        EntityId = patientId.ToString("D"),
        Changes = Changes(checks),
    };

    internal static IReadOnlyList<FieldChange> Changes(IReadOnlyList<LabCheck> checks) =>
    [
        .. checks.SelectMany(c => new[]
        {
            new FieldChange($"labChecks[{c.Id:D}].test", null, c.Test.WireName()),
            new FieldChange($"labChecks[{c.Id:D}].dueOn", null, ClinicTime.Format(c.DueOn)),
            new FieldChange($"labChecks[{c.Id:D}].reason", null, LabCheckWireNames.Of(c.Reason)),
        }),
    ];

    internal static LabCheckView ToView(LabCheck c, DateOnly today) => new(c.Id, c.PatientId, c.Test.WireName(), c.DueOn, LabCheckWireNames.Of(c.Reason),
        LabCheckWireNames.Of(c.StatusOn(today)), new DateTimeOffset(c.ScheduledAtUtc, TimeSpan.Zero), c.SatisfiedByResultId);
}
