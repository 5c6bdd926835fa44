namespace MndCare.Domain.Criteria;

/// <summary>Everything the diagnostic criteria read: findings per region, documented progression, and exclusion of other diseases.</summary>
/// <remarks>Decision 6 and Decision 14 (docs/instruments/decided-readings.md): a region that is absent has no finding; an absent
/// flag is false.</remarks>
public sealed record Findings
{
    private static readonly Region[] AllRegions = Enum.GetValues<Region>();

    // Indexed by Region (0..3); an array keeps the criteria cheap enough for batch assessment.
    private readonly RegionFindings[] _regions;

    private Findings(RegionFindings[] regions, bool progressionDocumented, bool alternativeExcluded)
    {
        _regions = regions;
        ProgressionDocumented = progressionDocumented;
        AlternativeExcluded = alternativeExcluded;
        Masks = RegionSet.From(regions);
    }

    /// <summary>The findings as region masks, computed once: every criterion reads them.</summary>
    internal RegionSet Masks { get; }

    /// <summary>Progressive spread documented by history or examination.</summary>
    public bool ProgressionDocumented { get; }

    /// <summary>Other diseases excluded by imaging, laboratory and electrophysiology.</summary>
    public bool AlternativeExcluded { get; }

    /// <summary>The findings in a region (none when the region was not given).</summary>
    /// <param name="region">The region.</param>
    public RegionFindings this[Region region] => _regions[(int)region];

    /// <summary>Regions where <paramref name="predicate"/> holds, in rostro-caudal order.</summary>
    /// <param name="predicate">A test of one region's findings.</param>
    public IReadOnlyList<Region> RegionsWhere(Func<RegionFindings, bool> predicate) =>
        [.. AllRegions.Where(r => predicate(this[r]))];

    /// <summary>Findings from per-region values; regions not given have no finding.</summary>
    /// <param name="regions">Findings by region.</param>
    /// <param name="progressionDocumented">Progressive spread documented.</param>
    /// <param name="alternativeExcluded">Other diseases excluded.</param>
    public static Findings Create(IReadOnlyDictionary<Region, RegionFindings> regions, bool progressionDocumented, bool alternativeExcluded)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var values = new RegionFindings[AllRegions.Length];
        foreach (var (region, findings) in regions)
        {
            values[(int)region] = findings;
        }
        return new Findings(values, progressionDocumented, alternativeExcluded);
    }

    /// <summary>Findings from values indexed by <see cref="Region"/> (bulbar first).</summary>
    /// <param name="byRegion">Exactly one value per region, in region order.</param>
    /// <param name="progressionDocumented">Progressive spread documented.</param>
    /// <param name="alternativeExcluded">Other diseases excluded.</param>
    public static Findings Create(ReadOnlySpan<RegionFindings> byRegion, bool progressionDocumented, bool alternativeExcluded)
    {
        if (byRegion.Length != AllRegions.Length)
        {
            throw new ArgumentException($"Give exactly {AllRegions.Length} regions.", nameof(byRegion));
        }
        return new Findings(byRegion.ToArray(), progressionDocumented, alternativeExcluded);
    }

    /// <summary>Findings rebuilt from region masks (as an assessment stores them).</summary>
    internal static Findings FromMasks(RegionSet masks, bool progressionDocumented, bool alternativeExcluded)
    {
        var values = new RegionFindings[AllRegions.Length];
        foreach (var region in AllRegions)
        {
            var bit = RegionSet.Bit(region);
            values[(int)region] = new RegionFindings((masks.Umn & bit) != 0, (masks.LmnClinical & bit) != 0, (masks.LmnEmg & bit) != 0,
                (masks.FasciculationEmg & bit) != 0);
        }
        return new Findings(values, progressionDocumented, alternativeExcluded);
    }

    /// <inheritdoc />
    public bool Equals(Findings? other) => other is not null && ProgressionDocumented == other.ProgressionDocumented
        && AlternativeExcluded == other.AlternativeExcluded && _regions.AsSpan().SequenceEqual(other._regions);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(ProgressionDocumented, AlternativeExcluded, this[Region.Bulbar], this[Region.Cervical], this[Region.Thoracic], this[Region.Lumbosacral]);
}
