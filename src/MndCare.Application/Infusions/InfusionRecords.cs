using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Safety.Labs;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.Infusions;

/// <summary>Order, check at the bedside, monitor and complete infusions. Scoped by the course's clinic and audited.</summary>
/// <remarks>
/// docs/therapy/infusion.md, "API". Clinicians (<see cref="Permission.OrderInfusions"/>) order; nurses
/// (<see cref="Permission.AdministerInfusions"/>) run the identity check, record vital signs and complete; staff with
/// <see cref="Permission.ReadCourses"/> read. An infusion of another clinic is "not found". Every rule uses the clinic's settings
/// (<see cref="InfusionPolicies"/>). A failed identity check is audited and changes nothing; a passed one starts the infusion and marks
/// its units infused in the lot, in one save. Every change takes an optional expected version: a stale one changes nothing.
/// </remarks>
public sealed class InfusionRecords(MndCareDbContext db, AuditTrail audit, TimeProvider clock, InfusionPolicies policies, LabChecks labChecks)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "infusion";

    /// <summary>The audited actions.</summary>
    public const string OrderAction = "infusion.order", ReadAction = "infusion.read", IdentityCheckAction = "infusion.identityCheck",
        VitalSignsAction = "infusion.vitalSigns", CompleteAction = "infusion.complete", ThawAction = "infusion.thaw", StopAction = "infusion.stop",
        DeviationAction = "infusion.deviation";

    /// <summary>Orders an infusion on a planned or running course from a usable lot of the course's clinic.</summary>
    public async Task<Result<InfusionView>> OrderAsync(Actor actor, Guid courseId, OrderInfusionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var (drafted, clinicId) = await DraftAsync(actor, courseId, input, cancellationToken);
        if (!drafted.IsSuccess)
        {
            return await audit.RefuseAsync<InfusionView>(actor, drafted.Errors, Entry(OrderAction, clinicId, null) with
            {
                Details = JsonSerializer.Serialize(new { courseId, input.LotId, input.ScheduledAt, input.CellsPerKg, input.WeightKg, input.WeighedAt }),
            });
        }
        var (infusion, lot, policy) = drafted.Value;
        db.Infusions.Add(infusion);
        await audit.SaveAsync(actor, [Entry(OrderAction, clinicId, infusion.Id) with
        {
            Changes = OrderChanges(infusion),
            Details = JsonSerializer.Serialize(new { infusion.PatientId, courseId }),
        }], cancellationToken);
        return ToView(infusion, lot, clock.GetUtcNow(), policy);
    }

    /// <summary>What <see cref="OrderAsync"/> would order (total cells, units, delivered dose) or every reason it would refuse, by the same
    /// rules; nothing is saved or audited (the order page shows it before the clinician orders).</summary>
    public async Task<Result<InfusionView>> PreviewOrderAsync(Actor actor, Guid courseId, OrderInfusionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var (drafted, _) = await DraftAsync(actor, courseId, input, cancellationToken);
        return drafted.IsSuccess
            ? ToView(drafted.Value.Infusion, drafted.Value.Lot, clock.GetUtcNow(), drafted.Value.Policy)
            : Result<InfusionView>.Failure(drafted.Errors);
    }

    // The order as the domain makes it (not yet added), with the course's clinic for the audit trail; one path for ordering and preview.
    private async Task<(Result<(Infusion Infusion, OrderedLot Lot, InfusionPolicy Policy)> Drafted, Guid? ClinicId)> DraftAsync(Actor actor,
        Guid courseId, OrderInfusionInput input, CancellationToken cancellationToken)
    {
        var clinics = actor.ClinicsGranting(Permission.OrderInfusions);
        var course = await db.TreatmentCourses.AsNoTracking().Where(c => c.Id == courseId && clinics.Contains(c.ClinicId))
            .Select(c => new { c.Id, c.ClinicId, c.PatientId, c.Status }).SingleOrDefaultAsync(cancellationToken);
        if (course is null)
        {
            return (new NotFoundError("course"), null);
        }
        var errors = new List<Error>();
        var cellsPerKg = Required(input.CellsPerKg, "cellsPerKg", CellsPerKg.Create, errors);
        var weight = Required(input.WeightKg, "weightKg", BodyWeight.Create, errors);
        if (input.LotId is null)
        {
            errors.Add(new ValidationError("lotId", ValidationError.Required, "Choose a lot."));
        }
        if (input.ScheduledAt is null)
        {
            errors.Add(new ValidationError("scheduledAt", ValidationError.Required, "scheduledAt is required (ISO 8601 with an offset)."));
        }
        if (errors.Count > 0)
        {
            return (Result<(Infusion, OrderedLot, InfusionPolicy)>.Failure(errors), course.ClinicId);
        }
        if (course.Status is not (Domain.Courses.CourseStatus.Planned or Domain.Courses.CourseStatus.InProgress))
        {
            return (new ConflictError(InfusionErrorCodes.InvalidTransition, "The course is completed or stopped; it takes no new infusions."), course.ClinicId);
        }
        var lot = await db.Lots.AsNoTracking().SingleOrDefaultAsync(l => l.Id == input.LotId && l.ClinicId == course.ClinicId, cancellationToken);
        if (lot is null)
        {
            return (new NotFoundError("lot"), course.ClinicId);
        }
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == course.ClinicId, cancellationToken);
        var now = clock.GetUtcNow();
        // The lot's one usability rule (released, not expired, not recalled) on the clinic's date decides; the domain names it lotNotReleased.
        var forOrder = ForOrder(lot, clinic.LocalDate(now));
        var measured = new WeightMeasurement(weight!.Value, input.WeighedAt ?? now);
        var policy = await policies.PolicyAsync(course.ClinicId, cancellationToken);
        var ordered = Infusion.Order(RecordId.New(clock), course.Id, course.PatientId, forOrder, input.ScheduledAt!.Value, cellsPerKg!.Value, weight.Value,
            measured, policy, actor.UserId!.Value, now, RecordId.New(clock));
        return ordered.IsSuccess
            ? ((ordered.Value, new OrderedLot(lot.Details.LotNumber.Value, lot.Details.ThawToEndLimitMinutes), policy), course.ClinicId)
            : (Result<(Infusion, OrderedLot, InfusionPolicy)>.Failure(ordered.Errors), course.ClinicId);
    }

    /// <summary>One infusion, for staff of its clinic who read courses.</summary>
    public async Task<Result<InfusionView>> GetAsync(Actor actor, Guid infusionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await FindAsync(actor, infusionId, Permission.ReadCourses, ReadAction, track: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<InfusionView>.Failure(found.Errors);
        }
        var (infusion, clinicId, lot) = found.Value;
        await audit.RecordAsync(actor, Entry(ReadAction, clinicId, infusion.Id) with
        {
            Details = JsonSerializer.Serialize(new { infusion.PatientId, infusion.CourseId, infusion.LotId }),
        }, cancellationToken);
        return ToView(infusion, lot, clock.GetUtcNow(), await policies.PolicyAsync(clinicId, cancellationToken));
    }

    /// <summary>The bedside identity check: passed, the infusion starts and its units are marked infused; failed, nothing changes and
    /// the attempt is audited with its mismatches.</summary>
    public async Task<Result<InfusionView>> CheckIdentityAsync(Actor actor, Guid infusionId, IdentityCheckInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindAsync(actor, infusionId, Permission.AdministerInfusions, IdentityCheckAction, track: true, cancellationToken, expectedVersion);
        if (!found.IsSuccess)
        {
            return Result<InfusionView>.Failure(found.Errors);
        }
        var (infusion, clinicId, orderedLot) = found.Value;
        var scanned = input.UnitCodes ?? [];
        var details = JsonSerializer.Serialize(new { infusion.PatientId, infusion.LotId, input.PatientCode, unitCodes = scanned });
        // A failed check keeps what was scanned and every mismatch in the trail.
        Task<Result<InfusionView>> Refuse(IReadOnlyList<Error> errors) =>
            audit.RefuseAsync<InfusionView>(actor, errors, Entry(IdentityCheckAction, clinicId, infusion.Id) with
            {
                Details = errors[0] is IdentityCheckFailedError failed
                    ? JsonSerializer.Serialize(new { infusion.PatientId, infusion.LotId, input.PatientCode, unitCodes = scanned, failed.Mismatches },
                        JsonSerializerOptions.Web)
                    : details,
            });

        if (infusion.Status != InfusionStatus.Ordered)
        {
            return await Refuse([new ConflictError(InfusionErrorCodes.InvalidTransition,
                $"The infusion is {InfusionWireNames.Of(infusion.Status)}; the identity check is done before it starts.")]);
        }
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == clinicId, cancellationToken);
        var mrn = await db.Patients.AsNoTracking().Where(p => p.Id == infusion.PatientId).Select(p => p.Mrn).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = clinic.LocalDate(now);
        var lots = await LotsHoldingAsync(clinicId, scanned, cancellationToken);
        var known = lots.SelectMany(l => AtBedside(l, today)).ToList();
        var checkedResult = IdentityCheck.Run(mrn, input.PatientCode, infusion.LotId, infusion.Units, scanned, known);
        if (!checkedResult.IsSuccess)
        {
            return await Refuse(checkedResult.Errors);
        }
        var started = infusion.Start(checkedResult.Value, actor.UserId!.Value, now, RecordId.New(clock));
        if (!started.IsSuccess)
        {
            return await Refuse(started.Errors);
        }
        var lot = lots.Single(l => l.Id == infusion.LotId);
        foreach (var code in infusion.UnitCodes)
        {
            var given = lot.GiveAtBedside(lot.Units.Single(u => u.Code.Value == code).Code, actor.UserId.Value, now, today, RecordId.New(clock));
            if (!given.IsSuccess)
            {
                throw new InvalidOperationException("A unit the identity check accepted could not be given: " + given.Errors[0].Code);
            }
        }
        var error = await audit.SaveAsync(actor, [Entry(IdentityCheckAction, clinicId, infusion.Id) with
        {
            Changes = IdentityCheckChanges(infusion),
            Details = details,
        }], e => e is DbUpdateConcurrencyException ? Changed() : null, cancellationToken);
        return error is null ? ToView(infusion, orderedLot, now, await policies.PolicyAsync(clinicId, cancellationToken)) : await Refuse([error]);
    }

    /// <summary>Records a set of vital signs (baseline, during or after); the answer flags values outside the normal ranges and fever.</summary>
    public async Task<Result<VitalSignsView>> RecordVitalSignsAsync(Actor actor, Guid infusionId, VitalSignsInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindAsync(actor, infusionId, Permission.AdministerInfusions, VitalSignsAction, track: true, cancellationToken, expectedVersion);
        if (!found.IsSuccess)
        {
            return Result<VitalSignsView>.Failure(found.Errors);
        }
        var (infusion, clinicId, _) = found.Value;
        var entry = Entry(VitalSignsAction, clinicId, infusion.Id) with { Details = JsonSerializer.Serialize(new { infusion.PatientId, input }) };
        var missing = new List<Error>();
        foreach (var (field, value) in new (string, object?)[]
        {
            (VitalSigns.TakenAtField, input.TakenAt), (VitalSigns.TemperatureField, input.TemperatureCelsius), (VitalSigns.HeartRateField, input.HeartRate),
            (VitalSigns.SystolicField, input.SystolicMmHg), (VitalSigns.DiastolicField, input.DiastolicMmHg),
            (VitalSigns.RespiratoryRateField, input.RespiratoryRate), (VitalSigns.Spo2Field, input.Spo2Percent),
        })
        {
            if (value is null)
            {
                missing.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
            }
        }
        if (missing.Count > 0)
        {
            return await audit.RefuseAsync<VitalSignsView>(actor, missing, entry);
        }
        var now = clock.GetUtcNow();
        var signs = VitalSigns.Create(input.TakenAt!.Value.ToUniversalTime(), input.TemperatureCelsius!.Value, input.HeartRate!.Value,
            input.SystolicMmHg!.Value, input.DiastolicMmHg!.Value, input.RespiratoryRate!.Value, input.Spo2Percent!.Value, now);
        if (!signs.IsSuccess)
        {
            return await audit.RefuseAsync<VitalSignsView>(actor, signs.Errors, entry);
        }
        var recorded = infusion.RecordVitalSigns(signs.Value, now, RecordId.New(clock));
        if (!recorded.IsSuccess)
        {
            return await audit.RefuseAsync<VitalSignsView>(actor, recorded.Errors, entry);
        }
        var view = ToView(signs.Value, (await policies.PolicyAsync(clinicId, cancellationToken)).VitalSignRanges);
        // Fever on riluzole schedules a neutrophil count due today, saved with the reading (docs/safety/labs.md).
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == clinicId, cancellationToken);
        var fever = await labChecks.StageFeverCheckAsync(clinicId, infusion.PatientId, signs.Value.TemperatureCelsius, clinic.LocalDate(now), actor.UserId,
            cancellationToken);
        var error = await audit.SaveAsync(actor, [entry with
        {
            Changes = [new FieldChange($"vitalSigns[{infusion.VitalSigns.Count - 1}]", null, JsonSerializer.Serialize(view, JsonSerializerOptions.Web))],
        }, .. fever is null ? [] : new[] { fever.Entry }], e => e is DbUpdateConcurrencyException ? Changed() : null, cancellationToken);
        return error is null ? view : await audit.RefuseAsync<VitalSignsView>(actor, error, entry);
    }

    /// <summary>Completes a running infusion at <c>endedAt</c>.</summary>
    public Task<Result<InfusionView>> CompleteAsync(Actor actor, Guid infusionId, CompleteInfusionInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(actor, infusionId, CompleteAction, input, expectedVersion, (infusion, now, version) =>
            input.EndedAt is not { } endedAt ? Missing("endedAt")
            : Changes(infusion.Complete(endedAt, actor.UserId!.Value, now, version), i => [new FieldChange("endedAt", null, Iso(i.EndedAtUtc!.Value))]),
            cancellationToken);
    }

    /// <summary>Records when the units were thawed and the diluent (before the end; not after the start).</summary>
    public Task<Result<InfusionView>> RecordThawAsync(Actor actor, Guid infusionId, ThawInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(actor, infusionId, ThawAction, input, expectedVersion, (infusion, now, version) =>
            input.ThawedAt is not { } thawedAt ? Missing("thawedAt")
            : Changes(infusion.RecordThaw(thawedAt, input.Diluent, now, version), ThawChanges),
            cancellationToken);
    }

    /// <summary>Stops a running infusion, or cancels an order before it starts, with a reason.</summary>
    public Task<Result<InfusionView>> StopAsync(Actor actor, Guid infusionId, StopInfusionInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(actor, infusionId, StopAction, input, expectedVersion, (infusion, now, version) =>
            Changes(infusion.Stop(input.Reason, input.StoppedAt ?? now, actor.UserId!.Value, now, version), i =>
                [new FieldChange("endedAt", null, Iso(i.EndedAtUtc!.Value)), new FieldChange("stopReason", null, i.StopReason)]),
            cancellationToken);
    }

    /// <summary>Records a deviation from the order or the procedure, in any state.</summary>
    public Task<Result<InfusionView>> RecordDeviationAsync(Actor actor, Guid infusionId, DeviationInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeAsync(actor, infusionId, DeviationAction, input, expectedVersion, (infusion, now, version) =>
            Changes(infusion.RecordDeviation(input.Text, input.OccurredAt ?? now, actor.UserId!.Value, now, version), i =>
                [new FieldChange($"deviations[{i.Deviations.Count - 1}]", null, i.Deviations[^1].Text)]),
            cancellationToken);
    }

    // A nurse's change of one infusion: found in their clinic, changed by the domain, saved with its audit event (or refused, audited).
    private async Task<Result<InfusionView>> ChangeAsync(Actor actor, Guid infusionId, string action, object input, Guid? expectedVersion,
        Func<Infusion, DateTimeOffset, Guid, Result<IReadOnlyList<FieldChange>>> change, CancellationToken cancellationToken)
    {
        var found = await FindAsync(actor, infusionId, Permission.AdministerInfusions, action, track: true, cancellationToken, expectedVersion);
        if (!found.IsSuccess)
        {
            return Result<InfusionView>.Failure(found.Errors);
        }
        var (infusion, clinicId, lot) = found.Value;
        var entry = Entry(action, clinicId, infusion.Id) with { Details = JsonSerializer.Serialize(new { infusion.PatientId, input }) };
        var now = clock.GetUtcNow();
        var before = InfusionWireNames.Of(infusion.Status);
        var changed = change(infusion, now, RecordId.New(clock));
        if (!changed.IsSuccess)
        {
            return await audit.RefuseAsync<InfusionView>(actor, changed.Errors, entry);
        }
        var status = InfusionWireNames.Of(infusion.Status);
        IReadOnlyList<FieldChange> changes = before == status ? changed.Value : [new FieldChange("status", before, status), .. changed.Value];
        var error = await audit.SaveAsync(actor, [entry with { Changes = changes }],
            e => e is DbUpdateConcurrencyException ? Changed() : null, cancellationToken);
        return error is null ? ToView(infusion, lot, now, await policies.PolicyAsync(clinicId, cancellationToken))
            : await audit.RefuseAsync<InfusionView>(actor, error, entry);
    }

    // What an order, a thaw and a passed identity check write to the trail; the demo seeder writes the same.
    internal static IReadOnlyList<FieldChange> OrderChanges(Infusion infusion) =>
    [
        new FieldChange("lotId", null, infusion.LotId.ToString("D")),
        new FieldChange("cellsPerKg", null, Text(infusion.OrderedCellsPerKg)),
        new FieldChange("weightKg", null, Text(infusion.WeightKg)),
        new FieldChange("weighedAt", null, Iso(infusion.WeightMeasuredAtUtc)),
        new FieldChange("totalCells", null, Text(infusion.TotalCells)),
        new FieldChange("units", null, Text(infusion.Units)),
        new FieldChange("status", null, InfusionWireNames.Of(infusion.Status)),
    ];

    internal static IReadOnlyList<FieldChange> ThawChanges(Infusion infusion) =>
        [new FieldChange("thawedAt", null, Iso(infusion.ThawedAtUtc!.Value)), new FieldChange("diluent", null, infusion.Diluent)];

    internal static IReadOnlyList<FieldChange> IdentityCheckChanges(Infusion infusion) =>
    [
        new FieldChange("status", InfusionWireNames.Of(InfusionStatus.Ordered), InfusionWireNames.Of(InfusionStatus.InProgress)),
        new FieldChange("unitCodes", null, string.Join(",", infusion.UnitCodes)),
    ];

    // A lot as an order sees it on the clinic's date: usable or not (released, not expired, not recalled), and its cells per unit.
    internal static LotForOrder ForOrder(Lot lot, DateOnly today) => new(lot.Id, lot.CanBeUsed(today), lot.Details.CellsPerUnit);

    // A lot's units as the bedside identity check sees them on the clinic's date; a final or blocked unit is already used.
    internal static IEnumerable<UnitAtBedside> AtBedside(Lot lot, DateOnly today) =>
        lot.Units.Select(u => new UnitAtBedside(u.Code.Value, lot.Id, lot.CanBeUsed(today), u.IsFinal || u.Status == UnitStatus.Blocked));

    private static Result<IReadOnlyList<FieldChange>> Changes(Result<Infusion> result, Func<Infusion, IReadOnlyList<FieldChange>> changes) =>
        result.IsSuccess ? Result<IReadOnlyList<FieldChange>>.Success(changes(result.Value)) : Result<IReadOnlyList<FieldChange>>.Failure(result.Errors);

    private static Result<IReadOnlyList<FieldChange>> Missing(string field) =>
        new ValidationError(field, ValidationError.Required, $"{field} is required.");

    /// <summary>The infusion (tracked when <paramref name="track"/>), its clinic and its lot's number, when the actor holds
    /// <paramref name="permission"/> in that clinic; otherwise "not found", audited. A version other than <paramref name="expectedVersion"/>
    /// (when given) is refused as changed meanwhile, audited.</summary>
    private async Task<Result<(Infusion Infusion, Guid ClinicId, OrderedLot Lot)>> FindAsync(Actor actor, Guid infusionId, Permission permission,
        string action, bool track, CancellationToken cancellationToken, Guid? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(permission);
        var scope = await db.Infusions.AsNoTracking().Where(i => i.Id == infusionId)
            .Join(db.TreatmentCourses, i => i.CourseId, c => c.Id, (i, c) => new { c.ClinicId, i.LotId })
            .Where(x => clinics.Contains(x.ClinicId))
            .Join(db.Lots, x => x.LotId, l => l.Id, (x, l) => new { x.ClinicId, l.Details.LotNumber, l.Details.ThawToEndLimitMinutes })
            .SingleOrDefaultAsync(cancellationToken);
        if (scope is null)
        {
            return await audit.RefuseAsync<(Infusion, Guid, OrderedLot)>(actor, new NotFoundError(EntityType),
                Entry(action, null, infusionId) with { Outcome = AuditOutcome.NotFound });
        }
        var infusions = track ? db.Infusions : db.Infusions.AsNoTracking();
        var infusion = await infusions.SingleAsync(i => i.Id == infusionId, cancellationToken);
        if (expectedVersion is { } expected && expected != infusion.Version)
        {
            return await audit.RefuseAsync<(Infusion, Guid, OrderedLot)>(actor, Changed(), Entry(action, scope.ClinicId, infusionId));
        }
        return (infusion, scope.ClinicId, new OrderedLot(scope.LotNumber.Value, scope.ThawToEndLimitMinutes));
    }

    // The clinic's lots holding any scanned code (tracked: the order's lot marks its units infused); unknown codes simply find none.
    private async Task<List<Lot>> LotsHoldingAsync(Guid clinicId, IReadOnlyList<string?> scanned, CancellationToken cancellationToken)
    {
        var codes = scanned.Select(c => UnitCode.Create(BedsideCode.Normalise(c))).Where(c => c.IsSuccess).Select(c => c.Value).Distinct()
            .Take(IdentityCheck.MaxUnitCodes + 1).ToList();
        return codes.Count == 0 ? [] : await db.Lots
            .Where(l => l.ClinicId == clinicId && l.Units.Any(u => codes.Contains(u.Code))).ToListAsync(cancellationToken);
    }

    private static T? Required<T>(decimal? value, string field, Func<decimal, Result<T>> create, List<Error> errors) where T : struct
    {
        if (value is null)
        {
            errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
            return null;
        }
        var created = create(value.Value);
        errors.AddRange(created.Errors);
        return created.IsSuccess ? created.Value : null;
    }

    // The order's lot as the infusion view needs it: its number and its thaw-to-end limit (ADR 0025), when the manufacturer gives one.
    private sealed record OrderedLot(string Number, int? ThawToEndLimitMinutes);

    private static InfusionView ToView(Infusion i, OrderedLot lot, DateTimeOffset now, InfusionPolicy policy)
    {
        var thaw = i.ThawToEnd(lot.ThawToEndLimitMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null, now);
        return new InfusionView(i.Id, i.CourseId, i.PatientId, i.LotId, lot.Number, InfusionWireNames.Of(i.Status), Utc(i.ScheduledAtUtc),
            i.OrderedCellsPerKg, i.WeightKg, Utc(i.WeightMeasuredAtUtc), i.TotalCells, i.CellsPerUnit, i.Units, i.DeliveredCells,
            Math.Round(i.DeliveredCells / i.WeightKg, 0, MidpointRounding.AwayFromZero), i.OrderedByUserId, Utc(i.OrderedAtUtc), Utc(i.ThawedAtUtc),
            i.Diluent, Utc(i.StartedAtUtc), i.StartedByUserId, i.UnitCodes, Utc(i.EndedAtUtc), i.StopReason,
            [.. i.VitalSigns.Select(v => ToView(v, policy.VitalSignRanges))],
            [.. i.MonitoringSchedule(policy.Monitoring, now).Select(c => new CheckpointView(InfusionWireNames.Of(c.Kind), c.DueAt, c.WindowStart,
                c.WindowEnd, c.RecordedAt, InfusionWireNames.Of(c.Status)))],
            thaw is null ? null : new ThawToEndView(thaw.Elapsed.TotalMinutes, thaw.Limit?.TotalMinutes, thaw.Exceeded, thaw.Ended),
            [.. i.Deviations.Select(d => new DeviationView(d.Text, Utc(d.OccurredAtUtc), d.RecordedByUserId))], i.Version.ToString("N"));
    }

    private static VitalSignsView ToView(VitalSigns v, VitalSignRanges ranges) => new(v.TakenAt, v.TemperatureCelsius, v.HeartRate, v.SystolicMmHg,
        v.DiastolicMmHg, v.RespiratoryRate, v.Spo2Percent, v.IsFever,
        [.. ranges.Flags(v).Select(f => new VitalSignFlagView(f.Field, InfusionWireNames.Of(f.Direction), f.Value))]);

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static DateTimeOffset? Utc(DateTime? utc) => utc is { } value ? Utc(value) : null;

    private static string Iso(DateTime utc) => Utc(utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static AuditEntry Entry(string action, Guid? clinicId, Guid? infusionId) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = EntityType,
        EntityId = infusionId?.ToString("D"),
    };

    private static ConflictError Changed() => new(ConflictError.VersionMismatch, "The infusion or its lot was changed by someone else meanwhile; reload and try again.");
}
