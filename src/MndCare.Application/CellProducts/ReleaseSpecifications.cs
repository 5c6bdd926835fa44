using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Persistence;
using MndCare.Persistence.CellProducts;

namespace MndCare.Application.CellProducts;

/// <summary>The clinics' release specifications: each product's current version, seeded with the domain default on first use.</summary>
/// <remarks>docs/therapy/cell-product.md, "Release specification": versions are kept, and every judgement names the one it used.</remarks>
public sealed class ReleaseSpecifications(MndCareDbContext db, CellProductScope scope, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Audit actions, one per use case.</summary>
    public const string ReadAction = "releaseSpecification.read", EditAction = "releaseSpecification.edit";

    /// <summary>The product's current specification in the clinic; when it has none yet, the default version 1 is added to the
    /// context (saved with the caller's change; a caller that raced another to store it meets the stored version 1 on the
    /// (clinic, product, version) key, and reads it when tried again).</summary>
    public async Task<ReleaseSpecification> CurrentAsync(Guid clinicId, ProductCode productCode, CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<StoredReleaseSpecification>()
            .Select(e => e.Entity).FirstOrDefault(s => s.ClinicId == clinicId && s.ProductCode == productCode.Value);
        var stored = pending ?? await db.ReleaseSpecifications.AsNoTracking().Where(s => s.ClinicId == clinicId && s.ProductCode == productCode.Value)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            var seeded = ReleaseSpecification.Default(productCode);
            db.ReleaseSpecifications.Add(new StoredReleaseSpecification
            {
                ClinicId = clinicId,
                ProductCode = productCode.Value,
                Version = seeded.Version,
                Limits = seeded.Limits,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            return seeded;
        }
        // Stored versions were checked when made; one that no longer passes is a bug, not an expected failure.
        return ReleaseSpecification.Create(productCode, stored.Version, stored.Limits).Value;
    }

    /// <summary>The current version of each product's specification in the actor's clinics, and the default for new products; read by
    /// those who see the cell product, or (<paramref name="toEdit"/>) by the administrators who edit it.</summary>
    public async Task<Result<SpecificationList>> ListAsync(Actor actor, CancellationToken cancellationToken, bool toEdit = false)
    {
        var entry = CellProductScope.Entry(ReadAction, AuditOutcome.Success, null, CellProductScope.SpecificationEntityType, null);
        var clinics = await scope.ClinicsAsync(actor, toEdit ? Permission.ManageReleaseSpecifications : Permission.ReadCellProducts, entry,
            cancellationToken);
        if (!clinics.IsSuccess)
        {
            return Result<SpecificationList>.Failure(clinics.Errors);
        }
        var ids = clinics.Value.Select(c => c.Id).ToList();
        var stored = await db.ReleaseSpecifications.AsNoTracking().Where(s => ids.Contains(s.ClinicId)).ToListAsync(cancellationToken);
        var current = stored.GroupBy(s => (s.ClinicId, s.ProductCode)).Select(g => g.MaxBy(s => s.Version)!)
            .OrderBy(s => s.ClinicId).ThenBy(s => s.ProductCode, StringComparer.Ordinal)
            .Select(s => new SpecificationView(s.ClinicId, s.ProductCode, s.Version, s.Limits, s.CreatedAtUtc)).ToList();
        await audit.RecordAsync(actor, entry with
        {
            Details = JsonSerializer.Serialize(new { specifications = current.Select(s => new { s.ClinicId, s.ProductCode, s.Version }) }),
        }, cancellationToken);
        return new SpecificationList(current, new ReleaseLimits());
    }

    /// <summary>Makes the next version of a product's specification in <paramref name="clinicId"/> (or the actor's only clinic); past
    /// judgements keep the version they used.</summary>
    public async Task<Result<SpecificationView>> EditAsync(Actor actor, Guid? clinicId, string? productCode, ReleaseLimitsInput input,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refused = CellProductScope.Entry(EditAction, AuditOutcome.Invalid, clinicId, CellProductScope.SpecificationEntityType, productCode);
        var target = await scope.TargetClinicAsync(actor, clinicId, Permission.ManageReleaseSpecifications, refused, cancellationToken);
        if (!target.IsSuccess)
        {
            return Result<SpecificationView>.Failure(target.Errors);
        }
        var clinic = target.Value;
        refused = refused with { ClinicId = clinic.Id };
        var product = ProductCode.Create(productCode);
        var limits = Limits(input);
        if (!product.IsSuccess || !limits.IsSuccess)
        {
            return await audit.RefuseAsync<SpecificationView>(actor, [.. product.Errors, .. limits.Errors], refused);
        }
        var current = await CurrentAsync(clinic.Id, product.Value, cancellationToken);
        var next = ReleaseSpecification.Create(product.Value, current.NextVersion, limits.Value);
        if (!next.IsSuccess)
        {
            return await audit.RefuseAsync<SpecificationView>(actor, next.Errors, refused);
        }
        var stored = new StoredReleaseSpecification
        {
            ClinicId = clinic.Id,
            ProductCode = product.Value.Value,
            Version = next.Value.Version,
            Limits = next.Value.Limits,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = actor.UserId,
        };
        db.ReleaseSpecifications.Add(stored);
        // The (clinic, product, version) key caught a simultaneous edit.
        var conflict = await audit.SaveAsync(actor, [refused with
        {
            Outcome = AuditOutcome.Success,
            Changes =
            [
                new FieldChange("version", current.Version.ToString(CultureInfo.InvariantCulture), next.Value.Version.ToString(CultureInfo.InvariantCulture)),
                .. Changes(current.Limits, next.Value.Limits),
            ],
        }], _ => CellProductScope.Changed("release specification"), cancellationToken);
        return conflict is null
            ? new SpecificationView(clinic.Id, stored.ProductCode, stored.Version, stored.Limits, stored.CreatedAtUtc)
            : await audit.RefuseAsync<SpecificationView>(actor, conflict, refused with { Outcome = AuditOutcome.Conflict });
    }

    private static Result<ReleaseLimits> Limits(ReleaseLimitsInput input)
    {
        var errors = new List<Error>();
        decimal Required(decimal? value, string field)
        {
            if (value is null)
            {
                errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
            }
            return value ?? 0m;
        }
        var limits = new ReleaseLimits
        {
            MinViabilityPercent = Required(input.MinViabilityPercent, ReleaseLimitFields.MinViabilityPercent),
            MinCd73Percent = Required(input.MinCd73Percent, ReleaseLimitFields.MinCd73Percent),
            MinCd90Percent = Required(input.MinCd90Percent, ReleaseLimitFields.MinCd90Percent),
            MinCd105Percent = Required(input.MinCd105Percent, ReleaseLimitFields.MinCd105Percent),
            MaxCd45Percent = Required(input.MaxCd45Percent, ReleaseLimitFields.MaxCd45Percent),
            MaxCd34Percent = Required(input.MaxCd34Percent, ReleaseLimitFields.MaxCd34Percent),
            MaxCd14Percent = Required(input.MaxCd14Percent, ReleaseLimitFields.MaxCd14Percent),
            MaxCd19Percent = Required(input.MaxCd19Percent, ReleaseLimitFields.MaxCd19Percent),
            MaxHlaDrPercent = Required(input.MaxHlaDrPercent, ReleaseLimitFields.MaxHlaDrPercent),
            EndotoxinBelowEuPerMl = Required(input.EndotoxinBelowEuPerMl, ReleaseLimitFields.EndotoxinBelowEuPerMl),
            MinPotencyPercent = input.MinPotencyPercent,
        };
        return errors.Count > 0 ? Result<ReleaseLimits>.Failure(errors) : limits;
    }

    // One change per limit that differs, named as in the API; G29 writes 70.0 (as SQLite returns it) and 70 alike.
    private static IEnumerable<FieldChange> Changes(ReleaseLimits before, ReleaseLimits after) =>
        before.Named().Zip(after.Named()).Where(l => l.First.Value != l.Second.Value)
            .Select(l => new FieldChange(l.First.Field, l.First.Value?.ToString("G29", CultureInfo.InvariantCulture),
                l.Second.Value?.ToString("G29", CultureInfo.InvariantCulture)));
}
