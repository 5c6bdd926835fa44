using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>One version of a product's release specification: the limits, plus the fixed rules (sterility and mycoplasma
/// negative, karyotype normal).</summary>
/// <remarks>docs/therapy/cell-product.md, "Release specification" and "Judgement" ([S1]-[S6]). Every judgement stores the
/// version it used, so a later edit never changes a past judgement.</remarks>
public sealed record ReleaseSpecification
{
    /// <summary>The first version of a product's specification.</summary>
    public const int FirstVersion = 1;

    private ReleaseSpecification(ProductCode productCode, int version, ReleaseLimits limits)
    {
        ProductCode = productCode;
        Version = version;
        Limits = limits;
    }

    /// <summary>The product the specification belongs to.</summary>
    public ProductCode ProductCode { get; }

    /// <summary>The version, from 1, raised by one on every edit.</summary>
    public int Version { get; }

    /// <summary>The limits.</summary>
    public ReleaseLimits Limits { get; }

    /// <summary>The version the next edit gets.</summary>
    public int NextVersion => checked(Version + 1);

    /// <summary>The default specification of a new product (version 1).</summary>
    /// <param name="productCode">The product.</param>
    public static ReleaseSpecification Default(ProductCode productCode) => new(productCode, FirstVersion, new ReleaseLimits());

    /// <summary>A checked specification: percentages 0-100, an endotoxin limit above 0, a version from 1.</summary>
    /// <param name="productCode">The product.</param>
    /// <param name="version">The version (the current one's <see cref="NextVersion"/> when editing).</param>
    /// <param name="limits">The limits.</param>
    public static Result<ReleaseSpecification> Create(ProductCode productCode, int version, ReleaseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new List<Error>();
        foreach (var (field, value) in limits.Named().Where(l => l.Field != ReleaseLimitFields.EndotoxinBelowEuPerMl))
        {
            if (value is < 0m or > 100m)
            {
                errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} must be from 0 to 100 %."));
            }
        }
        if (limits.EndotoxinBelowEuPerMl is <= 0m or > LotResults.MaxEndotoxinEuPerMl)
        {
            errors.Add(new ValidationError(ReleaseLimitFields.EndotoxinBelowEuPerMl, ValidationError.OutOfRange,
                $"{ReleaseLimitFields.EndotoxinBelowEuPerMl} must be above 0 and at most {LotResults.MaxEndotoxinEuPerMl} EU/mL."));
        }
        if (version < FirstVersion)
        {
            errors.Add(new ValidationError("version", ValidationError.OutOfRange, "version starts at 1."));
        }
        if (productCode.Value is null)
        {
            throw new ArgumentException("The product code was never checked.", nameof(productCode));
        }
        return errors.Count > 0 ? Result<ReleaseSpecification>.Failure(errors) : new ReleaseSpecification(productCode, version, limits);
    }

    /// <summary>Judges <paramref name="results"/>: the fields out of specification, in wire-name order, and this version.</summary>
    /// <param name="results">Checked results.</param>
    public ReleaseJudgement Judge(LotResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var l = Limits;
        (bool Within, string Field)[] checks =
        [
            (results.ViabilityPercent >= l.MinViabilityPercent, LotResultFields.ViabilityPercent),
            (results.Cd73Percent >= l.MinCd73Percent, LotResultFields.Cd73Percent),
            (results.Cd90Percent >= l.MinCd90Percent, LotResultFields.Cd90Percent),
            (results.Cd105Percent >= l.MinCd105Percent, LotResultFields.Cd105Percent),
            (results.Cd45Percent <= l.MaxCd45Percent, LotResultFields.Cd45Percent),
            (results.Cd34Percent <= l.MaxCd34Percent, LotResultFields.Cd34Percent),
            (results.Cd14Percent <= l.MaxCd14Percent, LotResultFields.Cd14Percent),
            (results.Cd19Percent <= l.MaxCd19Percent, LotResultFields.Cd19Percent),
            (results.HlaDrPercent <= l.MaxHlaDrPercent, LotResultFields.HlaDrPercent),
            (results.Sterility == DetectionResult.Negative, LotResultFields.Sterility),
            (results.Mycoplasma == DetectionResult.Negative, LotResultFields.Mycoplasma),
            (results.EndotoxinEuPerMl < l.EndotoxinBelowEuPerMl, LotResultFields.EndotoxinEuPerMl),
            (results.Karyotype == KaryotypeResult.Normal, LotResultFields.Karyotype),
            (l.MinPotencyPercent is not { } min || results.PotencyPercent >= min, LotResultFields.PotencyPercent),
        ];
        return new ReleaseJudgement(ProductCode, Version, [.. checks.Where(c => !c.Within).Select(c => c.Field)]);
    }
}

/// <summary>The outcome of judging a lot's results: the fields out of specification and the specification version used.</summary>
/// <param name="ProductCode">The product whose specification was used.</param>
/// <param name="SpecificationVersion">The version used.</param>
/// <param name="OutOfSpecification">The wire names of the results out of specification; empty when within.</param>
public sealed record ReleaseJudgement(ProductCode ProductCode, int SpecificationVersion, IReadOnlyList<string> OutOfSpecification)
{
    /// <summary>Whether every result is within specification.</summary>
    public bool WithinSpecification => OutOfSpecification.Count == 0;
}
