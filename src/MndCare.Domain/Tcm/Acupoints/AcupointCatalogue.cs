namespace MndCare.Domain.Tcm.Acupoints;

/// <summary>The shipped acupoint catalogue, searched by code, pinyin (tone-insensitive) or Chinese name.</summary>
/// <remarks>Sources and licences: Tcm/Acupoints/ACUPOINTS-LICENCE.md (TARA, MIT; TCM_acupoints, CC BY 4.0).</remarks>
public sealed class AcupointCatalogue
{
    private static readonly Lazy<AcupointCatalogue> ShippedCatalogue = new(() => new AcupointCatalogue(
        ShippedData.Rows("acupoints.csv", 6).Select(cells => new Acupoint(cells[0], cells[1], cells[2], cells[3],
            cells[4].Length == 0 ? null : cells[4], cells[5].Length == 0 ? null : cells[5])).ToList()));

    // Each point's code key and name keys, computed once so a search only compares strings.
    private readonly (Acupoint Point, string CodeKey, string[] NameKeys)[] _keys;

    private AcupointCatalogue(IReadOnlyList<Acupoint> points)
    {
        Points = points;
        _keys = points.Select(point => (point, NameKey.Of(point.Code),
            new[] { point.Pinyin, point.ChineseTraditional, point.ChineseSimplified ?? string.Empty }
                .Select(NameKey.Of).Where(key => key.Length > 0).ToArray())).ToArray();
    }

    /// <summary>The catalogue shipped with MndCare (361 points).</summary>
    public static AcupointCatalogue Shipped => ShippedCatalogue.Value;

    /// <summary>The licence and attribution notice that must accompany the data wherever it is shown or exported.</summary>
    public static string LicenceNotice => ShippedData.Text("ACUPOINTS-LICENCE.md");

    /// <summary>The one-line credit for screens and exports (MIT and CC BY 4.0 attribution).</summary>
    public const string Attribution =
        "Acupoint codes and pinyin: TARA Acupoints Ontology (smtifahim), MIT License. Chinese names: 针灸配穴导引系统 by 吳啓銘 (chimungwu/TCM_acupoints), CC BY 4.0.";

    /// <summary>Every point, in WHO order.</summary>
    public IReadOnlyList<Acupoint> Points { get; }

    /// <summary>The points whose code equals the query, or whose pinyin or Chinese name starts with it; exact matches first.</summary>
    /// <param name="query">A code ("LI 4", "li4"), pinyin ("Hégǔ", "he gu") or Chinese ("合谷", "足三").</param>
    public IReadOnlyList<Acupoint> Search(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = NameKey.Of(query);
        if (key.Length == 0)
        {
            return [];
        }
        return _keys
            .Select(entry => (entry.Point, rank: Rank(entry.CodeKey, entry.NameKeys, key)))
            .Where(match => match.rank > 0)
            .OrderByDescending(match => match.rank)
            .Select(match => match.Point)
            .ToList();
    }

    // 2: the query is the whole code or name; 1: a name starts with it; 0: no match.
    private static int Rank(string codeKey, string[] nameKeys, string key) =>
        codeKey == key || nameKeys.Contains(key) ? 2
        : nameKeys.Any(name => name.StartsWith(key, StringComparison.Ordinal)) ? 1
        : 0;
}
