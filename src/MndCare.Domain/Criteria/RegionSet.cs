using System.Numerics;

namespace MndCare.Domain.Criteria;

/// <summary>The regions with each kind of finding, as 4-bit masks (bit n = <see cref="Region"/> n).</summary>
/// <remarks>Masks keep the criteria allocation-free for batch assessment; the bit order is the rostro-caudal order of
/// Decision 6.</remarks>
internal readonly record struct RegionSet(int Umn, int LmnClinical, int LmnEmg, int FasciculationEmg)
{
    private const int RegionCount = 4;

    /// <summary>Bits of the bulbar, cervical and lumbosacral regions (Turner 2020: bulbar, upper limb, lower limb).</summary>
    public const int BulbarCervicalLumbosacral = (1 << (int)Region.Bulbar) | (1 << (int)Region.Cervical) | (1 << (int)Region.Lumbosacral);

    /// <summary>Regions with LMN evidence as Awaji and Gold Coast count it (Decisions 8 and 9).</summary>
    public int AnyLmn => LmnClinical | LmnEmg | FasciculationEmg;

    /// <summary>The masks of a set of findings.</summary>
    public static RegionSet Of(Findings findings) => findings.Masks;

    /// <summary>The masks of findings given region by region (indexed by <see cref="Region"/>).</summary>
    public static RegionSet From(ReadOnlySpan<RegionFindings> byRegion)
    {
        int umn = 0, lmnClinical = 0, lmnEmg = 0, fasciculationEmg = 0;
        for (var r = 0; r < RegionCount; r++)
        {
            var region = byRegion[r];
            var bit = 1 << r;
            umn |= region.Umn ? bit : 0;
            lmnClinical |= region.LmnClinical ? bit : 0;
            lmnEmg |= region.LmnEmg ? bit : 0;
            fasciculationEmg |= region.FasciculationEmg ? bit : 0;
        }
        return new RegionSet(umn, lmnClinical, lmnEmg, fasciculationEmg);
    }

    /// <summary>The mask of one region.</summary>
    public static int Bit(Region region) => 1 << (int)region;

    /// <summary>The number of regions in a mask.</summary>
    public static int Count(int mask) => BitOperations.PopCount((uint)mask);

    /// <summary>Some region of <paramref name="upper"/> comes before some region of <paramref name="lower"/> (Decision 7).</summary>
    public static bool Rostral(int upper, int lower) =>
        upper != 0 && lower != 0 && BitOperations.TrailingZeroCount(upper) < BitOperations.Log2((uint)lower);
}
