using MndCare.Domain.Criteria;
using MndCare.Domain.Explanations;

namespace MndCare.Domain.Tests.Criteria;

// Compact findings for theory rows: "U=bc L=c E=cl F=l" (U umn, L lmnClinical, E lmnEmg, F fasciculationEmg;
// regions b bulbar, c cervical, t thoracic, l lumbosacral). "" is no finding.
internal static class FindingsSpec
{
    public static Findings Parse(string spec, bool progression = true, bool excluded = true)
    {
        var regions = new Dictionary<Region, RegionFindings>();
        foreach (var token in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var letter in token[2..])
            {
                var region = letter switch
                {
                    'b' => Region.Bulbar,
                    'c' => Region.Cervical,
                    't' => Region.Thoracic,
                    'l' => Region.Lumbosacral,
                    _ => throw new ArgumentException("Unknown region letter: " + letter, nameof(spec)),
                };
                var current = regions.GetValueOrDefault(region);
                regions[region] = token[0] switch
                {
                    'U' => current with { Umn = true },
                    'L' => current with { LmnClinical = true },
                    'E' => current with { LmnEmg = true },
                    'F' => current with { FasciculationEmg = true },
                    _ => throw new ArgumentException("Unknown finding: " + token, nameof(spec)),
                };
            }
        }
        return Findings.Create(regions, progression, excluded);
    }

    // A reason naming regions by letters, e.g. Reason(ReasonCodes.AwajiDefinite, "ctl").
    public static ClinicalReason Reason(string code, params string[] regions) =>
        new(code, [.. regions.Select(r => ReasonValue.Regions(r.Sum(letter => 1 << "bctl".IndexOf(letter, StringComparison.Ordinal))))]);

    // A region's findings from 4 bits: 1 umn, 2 lmnClinical, 4 lmnEmg, 8 fasciculationEmg.
    public static RegionFindings FromBits(int bits) =>
        new((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);

    // Findings from one 4-bit value per region, inserted in the order of permutation (0..23); regions with no finding
    // are left out when omitEmpty is set, as the batch contract allows.
    public static Findings FromBits(int[] bitsByRegion, int permutation, bool omitEmpty, bool progression, bool excluded)
    {
        var regions = new Dictionary<Region, RegionFindings>();
        foreach (var index in Permutation(permutation))
        {
            if (!omitEmpty || bitsByRegion[index] != 0)
            {
                regions.Add((Region)index, FromBits(bitsByRegion[index]));
            }
        }
        return Findings.Create(regions, progression, excluded);
    }

    // The permutation of 0..3 with Lehmer code n (0..23).
    public static int[] Permutation(int n)
    {
        var pool = new List<int> { 0, 1, 2, 3 };
        var order = new int[4];
        for (var i = 0; i < 4; i++)
        {
            var factorial = (3 - i) switch { 3 => 6, 2 => 2, _ => 1 };
            var pick = n / factorial;
            n %= factorial;
            order[i] = pool[pick];
            pool.RemoveAt(pick);
        }
        return order;
    }
}
