using MndCare.Domain.Results;

namespace MndCare.Domain.Tcm.Herbs;

/// <summary>The herbs a clinic can prescribe from, found by pinyin, Chinese characters or Latin name.</summary>
/// <remarks>Matching ignores case, spaces and tone marks, and Latin word order around the part
/// ("Radix Aristolochiae Fangchi" = "Aristolochiae Fangchi Radix"); docs/tcm/catalogues.md.</remarks>
public sealed class HerbCatalogue
{
    private static readonly Lazy<HerbCatalogue> ShippedCatalogue = new(() => new HerbCatalogue(ReadShipped()));

    private readonly Dictionary<string, List<Herb>> _byKey = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Herb> _byId = new(StringComparer.Ordinal);

    private HerbCatalogue(IReadOnlyList<Herb> herbs)
    {
        Herbs = herbs;
        foreach (var herb in herbs)
        {
            _byId.TryAdd(herb.Id, herb);
            foreach (var key in herb.Names.SelectMany(LatinName.KeysOf).Distinct())
            {
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }
                if (!list.Contains(herb))
                {
                    list.Add(herb);
                }
            }
        }
    }

    /// <summary>The catalogue shipped with MndCare (Tcm/Herbs/herbs.csv).</summary>
    public static HerbCatalogue Shipped => ShippedCatalogue.Value;

    /// <summary>Every herb, in catalogue order.</summary>
    public IReadOnlyList<Herb> Herbs { get; }

    /// <summary>A catalogue of the given herbs (the shipped ones plus a clinic's own, for example), or an error
    /// when two herbs share an identifier (the same toneless pinyin).</summary>
    /// <param name="herbs">The herbs.</param>
    public static Result<HerbCatalogue> Create(IEnumerable<Herb> herbs)
    {
        var list = herbs.ToList();
        var duplicate = list.GroupBy(h => h.Id).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new HerbCatalogue(list)
            : new ValidationError("herbs", HerbCodes.DuplicateHerb, $"The herb {duplicate.Key} is listed twice.");
    }

    /// <summary>The herb with the catalogue id (<see cref="Herb.Id"/>), or null when the catalogue has none.</summary>
    /// <param name="id">The id, e.g. "guang-fang-ji".</param>
    public Herb? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The one herb the name fits, or <see cref="UnknownHerbError"/> / <see cref="AmbiguousHerbError"/>.</summary>
    /// <param name="name">A pinyin, Chinese or Latin name, as typed.</param>
    public Result<Herb> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var candidates = LatinName.KeysOf(name)
            .SelectMany(key => _byKey.TryGetValue(key, out var list) ? list : [])
            .Distinct()
            .ToList();
        return candidates.Count switch
        {
            0 => new UnknownHerbError(name),
            1 => candidates[0],
            _ => new AmbiguousHerbError(name, candidates),
        };
    }

    /// <summary>The herbs one of whose names starts with <paramref name="query"/> (same keys as <see cref="Find"/>), whole
    /// matches first, then catalogue order; empty for a blank query.</summary>
    /// <param name="query">Part of a pinyin, Chinese or Latin name.</param>
    /// <param name="limit">The most herbs returned.</param>
    public IReadOnlyList<Herb> Search(string? query, int limit)
    {
        var key = NameKey.Of(query ?? string.Empty);
        if (key.Length == 0)
        {
            return [];
        }
        var matches = new Dictionary<Herb, bool>();
        foreach (var (name, herbs) in _byKey.Where(pair => pair.Key.StartsWith(key, StringComparison.Ordinal)))
        {
            foreach (var herb in herbs)
            {
                matches[herb] = matches.GetValueOrDefault(herb) || name == key;
            }
        }
        // OrderBy is stable: catalogue order within whole and partial matches.
        return [.. Herbs.Where(matches.ContainsKey).OrderBy(h => !matches[h]).Take(limit)];
    }

    private static List<Herb> ReadShipped() =>
        ShippedData.Rows("herbs.csv", 8).Select(cells => new Herb(
            Pinyin: cells[0],
            Chinese: cells[1],
            LatinName: cells[2],
            Aliases: cells[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Safety: Marks(cells[4], cells[5], cells[6]),
            ListedIn: cells[7])).ToList();

    private static List<HerbSafetyMark> Marks(string aristolochicAcid, string hepatotoxic, string substitution)
    {
        var marks = new List<HerbSafetyMark>();
        Add(HerbSafetyFlag.AristolochicAcid, aristolochicAcid);
        Add(HerbSafetyFlag.Hepatotoxic, hepatotoxic);
        Add(HerbSafetyFlag.SubstitutionRisk, substitution);
        return marks;

        void Add(HerbSafetyFlag flag, string source)
        {
            if (source.Length > 0)
            {
                marks.Add(new HerbSafetyMark(flag, source));
            }
        }
    }
}
