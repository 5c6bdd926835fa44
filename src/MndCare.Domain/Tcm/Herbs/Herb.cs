namespace MndCare.Domain.Tcm.Herbs;

/// <summary>One material of the herb catalogue, with its three name forms and its safety flags.</summary>
/// <remarks>Shipped rows: Tcm/Herbs/herbs.csv; sources per flag (reference therapy-safety-tcm.md D5, D6).</remarks>
/// <param name="Pinyin">The pinyin with tone marks, one syllable a word (e.g. "Guǎng Fáng Jǐ").</param>
/// <param name="Chinese">The name in simplified Chinese characters.</param>
/// <param name="LatinName">The Latin pharmaceutical name, Chinese Pharmacopoeia order (e.g. "Aristolochiae Fangchi Radix").</param>
/// <param name="Aliases">Other names that find this herb (older pinyin, traditional names, plant names).</param>
/// <param name="Safety">The safety flags, each with its source; empty when none applies.</param>
/// <param name="ListedIn">Why the row ships: the reference section or formula that names it.</param>
public sealed record Herb(string Pinyin, string Chinese, string LatinName, IReadOnlyList<string> Aliases,
    IReadOnlyList<HerbSafetyMark> Safety, string ListedIn)
{
    /// <summary>The stable identifier: the toneless pinyin in lower case with hyphens (e.g. "guang-fang-ji").</summary>
    public string Id => string.Join('-', Pinyin.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NameKey.Of));

    /// <summary>True when the herb carries the flag.</summary>
    /// <param name="flag">The flag asked about.</param>
    public bool Has(HerbSafetyFlag flag) => Safety.Any(mark => mark.Flag == flag);

    /// <summary>The names this herb is found by: pinyin, Chinese, Latin and aliases.</summary>
    public IEnumerable<string> Names => new[] { Pinyin, Chinese, LatinName }.Concat(Aliases);

    /// <inheritdoc />
    public bool Equals(Herb? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}
