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
    /// <summary>The audit action of reading the specifications.</summary>
    public const string ReadAction = "releaseSpecification.read";

    /// <summary>The product's current specification in the clinic; when it has none yet, the default version 1 is added to the
    /// context (saved with the caller's change).</summary>
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

    /// <summary>The current version of each product's specification in the actor's clinics, and the default for new products.</summary>
    public async Task<Result<SpecificationList>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        var entry = CellProductScope.Entry(ReadAction, AuditOutcome.Success, null, CellProductScope.SpecificationEntityType, null);
        var clinics = await scope.ClinicsAsync(actor, Permission.ReadCellProducts, entry, cancellationToken);
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
}
