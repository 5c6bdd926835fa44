using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Infusions;

/// <summary>What the infusion pages show around an infusion: the ward list, the bedside page's patient and lot, and the order form's
/// course, released lots and dose rules. Scoped by clinic and audited like the API reads.</summary>
/// <remarks>docs/therapy/infusion.md, "Pages". The rules themselves stay in <see cref="InfusionRecords"/> and the domain.</remarks>
public sealed class InfusionWard(MndCareDbContext db, AuditTrail audit, TimeProvider clock, InfusionRecords records, InfusionPolicies policies)
{
    /// <summary>The audited actions.</summary>
    public const string ListAction = "infusion.list", OrderFormAction = "infusion.orderForm";

    /// <summary>How many days ahead the ward list reaches, today included.</summary>
    public const int DaysAhead = 7;

    /// <summary>Most rows the ward list shows.</summary>
    public const int MaxRows = 200;

    /// <summary>Today's and the coming days' infusions in the actor's clinics, and every running one, by scheduled time.</summary>
    public async Task<Result<IReadOnlyList<WardRow>>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ReadCourses);
        var entry = new AuditEntry(ListAction, AuditOutcome.Success) { EntityType = InfusionRecords.EntityType };
        if (clinics.Count == 0)
        {
            return await audit.RefuseAsync<IReadOnlyList<WardRow>>(actor, new ForbiddenError("see infusions"), entry);
        }
        var now = clock.GetUtcNow();
        var zones = await db.Clinics.AsNoTracking().Where(c => clinics.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.TimeZoneId, cancellationToken);
        // The earliest start of today over the clinics' zones, and the latest end of the window.
        var windowStart = zones.Values.Min(z => ClinicTime.StartOfDayUtc(ClinicTime.LocalDate(now, z), z));
        var windowEnd = zones.Values.Max(z => ClinicTime.StartOfDayUtc(ClinicTime.LocalDate(now, z).AddDays(DaysAhead), z));
        var rows = await (
            from i in db.Infusions.AsNoTracking()
            join c in db.TreatmentCourses on i.CourseId equals c.Id
            join p in db.Patients on i.PatientId equals p.Id
            join l in db.Lots on i.LotId equals l.Id
            where clinics.Contains(c.ClinicId)
            where (i.ScheduledAtUtc >= windowStart && i.ScheduledAtUtc < windowEnd) || i.Status == InfusionStatus.InProgress
            orderby i.ScheduledAtUtc
            select new { i.Id, c.ClinicId, i.PatientId, p.NativeName, p.LatinName, i.ScheduledAtUtc, l.Details.LotNumber, i.Units, i.Status, i.StartedAtUtc })
            .Take(MaxRows).ToListAsync(cancellationToken);
        var list = rows.Select(r => new WardRow(r.Id, r.PatientId, r.NativeName, r.LatinName, r.ScheduledAtUtc, zones[r.ClinicId], r.LotNumber.Value,
            r.Units, InfusionWireNames.Of(r.Status), r.StartedAtUtc)).ToList();
        await audit.RecordAsync(actor, entry with { Details = JsonSerializer.Serialize(new { ids = list.Select(r => r.Id) }) }, cancellationToken);
        return list;
    }

    /// <summary>One infusion (the audited read of <see cref="InfusionRecords.GetAsync"/>) with what the bedside page shows around it.</summary>
    public async Task<Result<BedsideView>> BedsideAsync(Actor actor, Guid infusionId, CancellationToken cancellationToken)
    {
        var read = await records.GetAsync(actor, infusionId, cancellationToken);
        if (!read.IsSuccess)
        {
            return Result<BedsideView>.Failure(read.Errors);
        }
        var infusion = read.Value;
        var context = await (
            from c in db.TreatmentCourses.AsNoTracking()
            join clinic in db.Clinics on c.ClinicId equals clinic.Id
            join p in db.Patients on c.PatientId equals p.Id
            where c.Id == infusion.CourseId
            select new { clinic.Id, clinic.TimeZoneId, p.NativeName, p.LatinName, p.BirthDate }).SingleAsync(cancellationToken);
        var lot = await db.Lots.AsNoTracking().Where(l => l.Id == infusion.LotId)
            .Select(l => new { l.Details.ExpiresOn, l.Details.ProductCode }).SingleAsync(cancellationToken);
        var policy = await policies.PolicyAsync(context.Id, cancellationToken);
        return new BedsideView(infusion, context.NativeName, context.LatinName, context.BirthDate, context.TimeZoneId, lot.ProductCode.Value,
            lot.ExpiresOn, (int)policy.Monitoring.Interval.TotalMinutes, (int)policy.Monitoring.AfterEnd.TotalMinutes,
            actor.Can(Permission.AdministerInfusions, context.Id));
    }

    /// <summary>The time zone of the clinic an infusion belongs to (to read times typed on its pages), or null when there is no such
    /// infusion; no patient data, so not audited (the change that follows is).</summary>
    public Task<string?> TimeZoneOfAsync(Guid infusionId, CancellationToken cancellationToken) => (
        from i in db.Infusions.AsNoTracking()
        join c in db.TreatmentCourses on i.CourseId equals c.Id
        join clinic in db.Clinics on c.ClinicId equals clinic.Id
        where i.Id == infusionId
        select clinic.TimeZoneId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>What the clinician orders from: the course's patient, the clinic's lots that can be ordered today, and the clinic's dose
    /// range and weight age limit. Only for clinicians who may order in the course's clinic; audited as a read of the course.</summary>
    public async Task<Result<OrderFormView>> OrderFormAsync(Actor actor, Guid courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.OrderInfusions);
        var course = await (
            from c in db.TreatmentCourses.AsNoTracking()
            join clinic in db.Clinics on c.ClinicId equals clinic.Id
            join p in db.Patients on c.PatientId equals p.Id
            where c.Id == courseId && clinics.Contains(c.ClinicId)
            select new { c.ClinicId, clinic.TimeZoneId, c.PatientId, p.NativeName, p.LatinName, c.Status }).SingleOrDefaultAsync(cancellationToken);
        var entry = new AuditEntry(OrderFormAction, AuditOutcome.Success) { EntityType = "course", EntityId = courseId.ToString("D") };
        if (course is null)
        {
            return await audit.RefuseAsync<OrderFormView>(actor, new NotFoundError("course"), entry with { Outcome = AuditOutcome.NotFound });
        }
        var today = ClinicTime.LocalDate(clock.GetUtcNow(), course.TimeZoneId);
        // Released lots only; the lot's own rule then leaves out the expired and recalled.
        var released = await db.Lots.AsNoTracking().Where(l => l.ClinicId == course.ClinicId && l.RecordedStatus == LotStatus.Released)
            .ToListAsync(cancellationToken);
        var lots = released.Where(l => l.CanBeUsed(today)).OrderBy(l => l.Details.ExpiresOn).ThenBy(l => l.Details.LotNumber.Value, StringComparer.Ordinal)
            .Select(l => new LotChoice(l.Id, l.Details.LotNumber.Value, l.Details.ProductCode.Value, l.Details.CellsPerUnit.Cells, l.Details.ExpiresOn))
            .ToList();
        var policy = await policies.PolicyAsync(course.ClinicId, cancellationToken);
        await audit.RecordAsync(actor, entry with
        {
            ClinicId = course.ClinicId,
            Details = JsonSerializer.Serialize(new { course.PatientId, lots = lots.Select(l => l.Id) }),
        }, cancellationToken);
        return new OrderFormView(courseId, course.PatientId, course.NativeName, course.LatinName, course.TimeZoneId,
            Domain.Courses.CourseWireNames.Of(course.Status), lots, policy.DoseRange.Min.Value, policy.DoseRange.Max.Value,
            (int)policy.WeightMaxAge.TotalDays);
    }
}

/// <summary>One row of the ward list.</summary>
public sealed record WardRow(Guid Id, Guid PatientId, string NativeName, string? LatinName, DateTime ScheduledAtUtc, string TimeZoneId, string LotNumber,
    int Units, string Status, DateTime? StartedAtUtc);

/// <summary>An infusion with the patient (name and birth date, never the wristband code), the clinic's zone, the lot's product and expiry,
/// the monitoring settings, and whether the reader may give it.</summary>
public sealed record BedsideView(InfusionView Infusion, string NativeName, string? LatinName, DateOnly BirthDate, string TimeZoneId, string ProductCode,
    DateOnly LotExpiresOn, int MonitoringIntervalMinutes, int MonitoringAfterEndMinutes, bool CanAdminister);

/// <summary>A lot the clinician may order from today.</summary>
public sealed record LotChoice(Guid Id, string LotNumber, string ProductCode, long CellsPerUnit, DateOnly ExpiresOn);

/// <summary>The order form's course, lots and the clinic's dose rules (cells/kg; weight age in days).</summary>
public sealed record OrderFormView(Guid CourseId, Guid PatientId, string NativeName, string? LatinName, string TimeZoneId, string CourseStatus,
    IReadOnlyList<LotChoice> Lots, decimal MinCellsPerKg, decimal MaxCellsPerKg, int WeightMaxAgeDays);
