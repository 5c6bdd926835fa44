using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.CellProducts;

/// <summary>Umbilical-cord donors for the cell lab: register with consent and screening, read, add screening results; audited.</summary>
/// <remarks>docs/therapy/cell-product.md, "Donor" and "Codes": a donor is known only by a code that never holds a name or an MRN.</remarks>
public sealed class Donors(MndCareDbContext db, CellProductScope scope, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Audit actions, one per use case.</summary>
    public const string CreateAction = "donor.create", ReadAction = "donor.read", ScreeningAction = "donor.screening", ListAction = "donor.list";

    /// <summary>The donors of the actor's clinics, newest first, each with the markers that keep its lots from release.</summary>
    public async Task<Result<IReadOnlyList<DonorSummary>>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        var entry = CellProductScope.Entry(ListAction, AuditOutcome.Success, null, CellProductScope.DonorEntityType, null);
        var clinics = await scope.ClinicsAsync(actor, Permission.ReadCellProducts, entry, cancellationToken);
        if (!clinics.IsSuccess)
        {
            return Result<IReadOnlyList<DonorSummary>>.Failure(clinics.Errors);
        }
        var ids = clinics.Value.Select(c => c.Id).ToList();
        var donors = await db.Donors.AsNoTracking().Where(d => ids.Contains(d.ClinicId)).OrderByDescending(d => d.Id).ToListAsync(cancellationToken);
        var rows = donors.Select(ToRecord).Select(d => new DonorSummary(d.Id, d.DonorCode, d.ConsentedOn, d.ScreeningCompleteAndNegative, d.ScreeningGaps))
            .ToList();
        await audit.RecordAsync(actor, entry with { Details = JsonSerializer.Serialize(new { ids = rows.Select(r => r.Id) }) }, cancellationToken);
        return rows;
    }

    /// <summary>Registers a donor in <paramref name="clinicId"/> (or the actor's only cell-lab clinic), with any screening results.</summary>
    public async Task<Result<DonorRecord>> RegisterAsync(Actor actor, Guid? clinicId, DonorInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refused = CellProductScope.Entry(CreateAction, AuditOutcome.Invalid, clinicId, CellProductScope.DonorEntityType, null);
        var target = await scope.TargetClinicAsync(actor, clinicId, Permission.ManageCellProducts, refused, cancellationToken);
        if (!target.IsSuccess)
        {
            return Result<DonorRecord>.Failure(target.Errors);
        }
        var clinic = target.Value;
        refused = refused with { ClinicId = clinic.Id };
        var today = scope.TodayIn(clinic);
        var code = DonorCode.Create(input.DonorCode);
        var screening = ParseScreening(input.Screening);
        var errors = new List<Error>([.. code.Errors, .. screening.Errors]);
        if (input.ConsentedOn is null)
        {
            errors.Add(new ValidationError("consentedOn", ValidationError.Required, "consentedOn is required."));
        }
        if (code.IsSuccess && await scope.ContainsMrnAsync(clinic.Id, DonorCode.Field, code.Value.Value, cancellationToken) is { } mrn)
        {
            errors.Add(mrn);
        }
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<DonorRecord>(actor, errors, refused);
        }
        var now = clock.GetUtcNow();
        var userId = actor.UserId!.Value;
        var registered = Donor.Register(RecordId.New(clock), clinic.Id, code.Value, input.ConsentedOn!.Value, today, userId, now, RecordId.New(clock));
        var donor = registered.IsSuccess && screening.Value.Count > 0
            ? registered.Value.RecordScreening(screening.Value, today, userId, now, RecordId.New(clock))
            : registered;
        if (!donor.IsSuccess)
        {
            return await audit.RefuseAsync<DonorRecord>(actor, donor.Errors, refused);
        }
        if (await db.Donors.AnyAsync(d => d.ClinicId == clinic.Id && d.Code == code.Value, cancellationToken))
        {
            return await audit.RefuseAsync<DonorRecord>(actor, DuplicateCode(), refused with { Outcome = AuditOutcome.Conflict });
        }
        db.Donors.Add(donor.Value);
        // The unique (clinic, donor code) index caught a simultaneous registration.
        var conflict = await audit.SaveAsync(actor, [CellProductScope.Entry(CreateAction, AuditOutcome.Success, clinic.Id,
            CellProductScope.DonorEntityType, donor.Value.Id.ToString("D")) with
        {
            Changes = [new FieldChange(DonorCode.Field, null, donor.Value.Code.Value),
                new FieldChange("consentedOn", null, ClinicTime.Format(donor.Value.ConsentedOn)),
                .. ScreeningChanges(donor.Value.Screenings)],
        }], _ => DuplicateCode(), cancellationToken);
        return conflict is null ? ToRecord(donor.Value) : await audit.RefuseAsync<DonorRecord>(actor, conflict, refused with { Outcome = AuditOutcome.Conflict });
    }

    /// <summary>A donor of the actor's clinics, with the markers that keep its lots from release.</summary>
    public async Task<Result<DonorRecord>> GetAsync(Actor actor, string? donorCode, Guid? clinicId, CancellationToken cancellationToken)
    {
        var found = await scope.FindDonorAsync(actor, donorCode, clinicId, Permission.ReadCellProducts, ReadAction, track: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<DonorRecord>.Failure(found.Errors);
        }
        var (donor, clinic) = found.Value;
        await audit.RecordAsync(actor, CellProductScope.Entry(ReadAction, AuditOutcome.Success, clinic.Id, CellProductScope.DonorEntityType,
            donor.Id.ToString("D")), cancellationToken);
        return ToRecord(donor);
    }

    /// <summary>Adds screening results; a new result replaces a non-reactive one of the same marker, never a reactive one.</summary>
    public async Task<Result<DonorRecord>> RecordScreeningAsync(Actor actor, string? donorCode, Guid? clinicId, IReadOnlyList<ScreeningInput>? input,
        CancellationToken cancellationToken)
    {
        var found = await scope.FindDonorAsync(actor, donorCode, clinicId, Permission.ManageCellProducts, ScreeningAction, track: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<DonorRecord>.Failure(found.Errors);
        }
        var (donor, clinic) = found.Value;
        var refused = CellProductScope.Entry(ScreeningAction, AuditOutcome.Invalid, clinic.Id, CellProductScope.DonorEntityType, donor.Id.ToString("D"));
        var screening = ParseScreening(input);
        if (screening.IsSuccess && screening.Value.Count == 0)
        {
            screening = new ValidationError("screening", ValidationError.Required, "screening needs at least one result.");
        }
        if (!screening.IsSuccess)
        {
            return await audit.RefuseAsync<DonorRecord>(actor, screening.Errors, refused);
        }
        var before = donor.Screenings.ToList();
        var recorded = donor.RecordScreening(screening.Value, scope.TodayIn(clinic), actor.UserId!.Value, clock.GetUtcNow(), RecordId.New(clock));
        if (!recorded.IsSuccess)
        {
            return await audit.RefuseAsync<DonorRecord>(actor, recorded.Errors, refused);
        }
        var conflict = await audit.SaveAsync(actor, [refused with
        {
            Outcome = AuditOutcome.Success,
            Changes = [.. screening.Value.Select(s => new FieldChange("screening." + CellProductWireNames.Of(s.Marker),
                before.Find(b => b.Marker == s.Marker) is { } old ? Describe(old) : null, Describe(s)))],
        }], _ => CellProductScope.Changed("donor"), cancellationToken);
        return conflict is null ? ToRecord(donor) : await audit.RefuseAsync<DonorRecord>(actor, conflict, refused with { Outcome = AuditOutcome.Conflict });
    }

    /// <summary>The donor as the API shows it.</summary>
    public static DonorRecord ToRecord(Donor donor)
    {
        ArgumentNullException.ThrowIfNull(donor);
        return new DonorRecord(donor.Id, donor.Code.Value, donor.ConsentedOn,
            [.. donor.Screenings.Select(s => new ScreeningView(CellProductWireNames.Of(s.Marker), CellProductWireNames.Of(s.Result), s.TestedOn))],
            donor.IsScreeningCompleteAndNegative, [.. donor.ScreeningGaps().Select(g => new ScreeningGapView(g.MarkerCode, g.ProblemCode))]);
    }

    private static Result<IReadOnlyList<DonorScreening>> ParseScreening(IReadOnlyList<ScreeningInput>? input)
    {
        var errors = new List<Error>();
        var parsed = new List<DonorScreening>();
        foreach (var (item, index) in (input ?? []).Select((s, i) => (s, i)))
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"screening[{index}].");
            var marker = WireNames.Parse<InfectiousMarker>(item?.Marker);
            var result = WireNames.Parse<ScreeningResult>(item?.Result);
            if (marker is null)
            {
                errors.Add(Choice(at + "marker", item?.Marker, WireNames.All<InfectiousMarker>()));
            }
            if (result is null)
            {
                errors.Add(Choice(at + "result", item?.Result, WireNames.All<ScreeningResult>()));
            }
            if (item?.TestedOn is null)
            {
                errors.Add(new ValidationError(at + "testedOn", ValidationError.Required, at + "testedOn is required."));
            }
            if (errors.Count == 0)
            {
                parsed.Add(new DonorScreening(marker!.Value, result!.Value, item!.TestedOn!.Value));
            }
        }
        return errors.Count > 0 ? Result<IReadOnlyList<DonorScreening>>.Failure(errors) : parsed;
    }

    private static ValidationError Choice(string field, string? given, IReadOnlyList<string> allowed) =>
        new(field, given is null ? ValidationError.Required : CellProductErrorCodes.InvalidFormat, $"{field} must be one of: {string.Join(", ", allowed)}.");

    private static IEnumerable<FieldChange> ScreeningChanges(IEnumerable<DonorScreening> screenings) =>
        screenings.Select(s => new FieldChange("screening." + CellProductWireNames.Of(s.Marker), null, Describe(s)));

    private static string Describe(DonorScreening s) =>
        CellProductWireNames.Of(s.Result) + " " + ClinicTime.Format(s.TestedOn);

    private static ConflictError DuplicateCode() =>
        new(CellProductErrorCodes.DuplicateDonorCode, "Another donor of this clinic already has this donor code.");
}
