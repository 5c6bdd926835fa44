using MndCare.Domain.CellProducts;

namespace MndCare.Persistence.CellProducts;

/// <summary>One stored version of a clinic's release specification for one product; versions are added, never changed.</summary>
/// <remarks>The rules are the domain's <see cref="ReleaseSpecification"/> (docs/therapy/cell-product.md, "Release specification").</remarks>
public sealed class StoredReleaseSpecification
{
    /// <summary>The clinic whose cell lab uses it.</summary>
    public Guid ClinicId { get; set; }

    /// <summary>The product code, in capitals.</summary>
    public string ProductCode { get; set; } = string.Empty;

    /// <summary>The version, from 1.</summary>
    public int Version { get; set; }

    /// <summary>The limits of this version.</summary>
    public ReleaseLimits Limits { get; set; } = new();

    /// <summary>When this version was made (UTC).</summary>
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Who made it; null for the default the system seeded.</summary>
    public Guid? CreatedByUserId { get; set; }
}
