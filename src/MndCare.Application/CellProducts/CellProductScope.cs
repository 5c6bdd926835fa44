using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.CellProducts;

/// <summary>Which lots and donors an actor reaches, and the clinic's today, for the cell-product use cases.</summary>
/// <remarks>Default deny: <see cref="Permission.ReadCellProducts"/> to read, <see cref="Permission.ManageCellProducts"/> (cell lab) to change,
/// in the lot's or donor's clinic; without the permission anywhere the answer is 403, and a lot or donor of another clinic is
/// "not found" (404), like a patient. Every refusal is audited.</remarks>
public sealed class CellProductScope(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity types written to the audit trail.</summary>
    public const string LotEntityType = "lot", DonorEntityType = "donor", SpecificationEntityType = "releaseSpecification";

    /// <summary>The clinics where the actor holds <paramref name="permission"/>; refused (403, audited) when there is none.</summary>
    public async Task<Result<IReadOnlyList<Clinic>>> ClinicsAsync(Actor actor, Permission permission, AuditEntry refused,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ids = actor.ClinicsGranting(permission);
        if (ids.Count == 0)
        {
            return await audit.RefuseAsync<IReadOnlyList<Clinic>>(actor, Forbidden(permission), refused with { Outcome = AuditOutcome.Denied });
        }
        return await db.Clinics.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The clinic a new record goes to: <paramref name="clinicId"/>, or the actor's only clinic with
    /// <paramref name="permission"/>; refused (audited) otherwise.</summary>
    public async Task<Result<Clinic>> TargetClinicAsync(Actor actor, Guid? clinicId, Permission permission, AuditEntry refused,
        CancellationToken cancellationToken)
    {
        var clinics = await ClinicsAsync(actor, permission, refused, cancellationToken);
        if (!clinics.IsSuccess)
        {
            return Result<Clinic>.Failure(clinics.Errors);
        }
        if (clinicId is null && clinics.Value.Count > 1)
        {
            return await audit.RefuseAsync<Clinic>(actor,
                new ValidationError("clinicId", ValidationError.Required, "clinicId is required: you work in more than one clinic."), refused);
        }
        return clinics.Value.FirstOrDefault(c => clinicId is null || c.Id == clinicId)
            ?? await audit.RefuseAsync<Clinic>(actor, new NotFoundError("clinic"), refused with { ClinicId = clinicId, Outcome = AuditOutcome.NotFound });
    }

    /// <summary>The lot (tracked when <paramref name="track"/>) and its clinic, when the actor holds <paramref name="permission"/> there.</summary>
    public async Task<Result<(Lot Lot, Clinic Clinic)>> FindLotAsync(Actor actor, Guid lotId, Permission permission, string action, bool track,
        CancellationToken cancellationToken)
    {
        var refused = Entry(action, AuditOutcome.NotFound, null, LotEntityType, lotId.ToString("D"));
        var clinics = await ClinicsAsync(actor, permission, refused, cancellationToken);
        if (!clinics.IsSuccess)
        {
            return Result<(Lot, Clinic)>.Failure(clinics.Errors);
        }
        var ids = clinics.Value.Select(c => c.Id).ToList();
        var lots = track ? db.Lots : db.Lots.AsNoTracking();
        var lot = await lots.SingleOrDefaultAsync(l => l.Id == lotId && ids.Contains(l.ClinicId), cancellationToken);
        return lot is null
            ? await audit.RefuseAsync<(Lot, Clinic)>(actor, new NotFoundError("lot"), refused)
            : (lot, clinics.Value.Single(c => c.Id == lot.ClinicId));
    }

    /// <summary>The donor with <paramref name="donorCode"/> (tracked when <paramref name="track"/>) in the actor's clinics with
    /// <paramref name="permission"/>; <paramref name="clinicId"/> chooses when the code is used in several of them.</summary>
    public async Task<Result<(Donor Donor, Clinic Clinic)>> FindDonorAsync(Actor actor, string? donorCode, Guid? clinicId, Permission permission,
        string action, bool track, CancellationToken cancellationToken)
    {
        var refused = Entry(action, AuditOutcome.NotFound, clinicId, DonorEntityType, donorCode);
        var clinics = await ClinicsAsync(actor, permission, refused, cancellationToken);
        if (!clinics.IsSuccess)
        {
            return Result<(Donor, Clinic)>.Failure(clinics.Errors);
        }
        var code = DonorCode.Create(donorCode);
        if (!code.IsSuccess)
        {
            return await audit.RefuseAsync<(Donor, Clinic)>(actor, code.Errors, refused with { Outcome = AuditOutcome.Invalid });
        }
        var ids = clinics.Value.Select(c => c.Id).Where(id => clinicId is null || id == clinicId).ToList();
        var donors = track ? db.Donors : db.Donors.AsNoTracking();
        var found = await donors.Where(d => d.Code == code.Value && ids.Contains(d.ClinicId)).OrderBy(d => d.ClinicId).Take(2).ToListAsync(cancellationToken);
        return found.Count switch
        {
            0 => await audit.RefuseAsync<(Donor, Clinic)>(actor, new NotFoundError("donor"), refused),
            1 => (found[0], clinics.Value.Single(c => c.Id == found[0].ClinicId)),
            _ => await audit.RefuseAsync<(Donor, Clinic)>(actor,
                new ValidationError("clinicId", ValidationError.Required, "clinicId is required: this donor code is used in more than one of your clinics."),
                refused with { Outcome = AuditOutcome.Invalid }),
        };
    }

    /// <summary>The clinic's date now.</summary>
    public DateOnly TodayIn(Clinic clinic)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        return clinic.LocalDate(clock.GetUtcNow());
    }

    /// <summary>The IANA time zone of a clinic, for showing its times.</summary>
    public async Task<string> TimeZoneIdAsync(Guid clinicId, CancellationToken cancellationToken) =>
        await db.Clinics.AsNoTracking().Where(c => c.Id == clinicId).Select(c => c.TimeZoneId).SingleAsync(cancellationToken);

    /// <summary>The display names of <paramref name="userIds"/>, for who did what on a lot.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<Guid>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    /// <summary>An error when a code contains one of the clinic's MRNs (21 CFR 1271.290(c); docs/therapy/cell-product.md, "Codes").</summary>
    public async Task<ValidationError?> ContainsMrnAsync(Guid clinicId, string field, string code, CancellationToken cancellationToken)
    {
        var mrns = await db.Patients.AsNoTracking().Where(p => p.ClinicId == clinicId).Select(p => p.Mrn).ToListAsync(cancellationToken);
        return PatientIdentifierGuard.Check(field, code, mrns);
    }

    /// <summary>An audit entry about a cell-product record.</summary>
    public static AuditEntry Entry(string action, AuditOutcome outcome, Guid? clinicId, string entityType, string? entityId) => new(action, outcome)
    {
        ClinicId = clinicId,
        EntityType = entityType,
        EntityId = entityId,
    };

    /// <summary>Someone changed the record meanwhile (its version moved).</summary>
    public static ConflictError Changed(string what) =>
        new(ConflictError.VersionMismatch, $"The {what} was changed by someone else meanwhile; reload it and try again.");

    private static ForbiddenError Forbidden(Permission permission) => new(permission switch
    {
        Permission.ManageCellProducts => "manage the cell product",
        Permission.ManageReleaseSpecifications => "edit release specifications",
        _ => "see the cell product",
    });
}
