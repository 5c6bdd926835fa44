namespace MndCare.Domain.Tcm.Herbs;

/// <summary>The look-up keys of a name, adding the other Latin word order for pharmaceutical names.</summary>
/// <remarks>The Chinese Pharmacopoeia puts the part last ("Aristolochiae Fangchi Radix"); older texts put it first
/// ("Radix Aristolochiae Fangchi"). Both orders find the herb.</remarks>
internal static class LatinName
{
    // The plant parts of Latin pharmaceutical names, with "et" joining two parts ("Radix et Rhizoma").
    private static readonly HashSet<string> PartWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "radix", "rhizoma", "caulis", "fructus", "herba", "semen", "folium", "flos", "cortex", "pericarpium",
        "carapax", "plastrum", "colla", "et",
    };

    /// <summary>The key of the name as written and, when it has a part word at one end, of the other order.</summary>
    /// <param name="name">Any catalogue name or typed query.</param>
    public static IEnumerable<string> KeysOf(string name)
    {
        yield return NameKey.Of(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            yield break;
        }
        if (PartWords.Contains(words[0]))
        {
            var partLength = words.TakeWhile(PartWords.Contains).Count();
            yield return NameKey.Of(string.Concat(words.Skip(partLength).Concat(words.Take(partLength))));
        }
        else
        {
            var firstPart = Array.FindIndex(words, PartWords.Contains);
            if (firstPart > 0)
            {
                yield return NameKey.Of(string.Concat(words.Skip(firstPart).Concat(words.Take(firstPart))));
            }
        }
    }
}
