using System.Net;
using System.Text.RegularExpressions;

namespace MndCare.Testing.Language;

/// <summary>Finds English words in text a Chinese reader sees: names, instrument abbreviations and numbers aside.</summary>
/// <remarks>Issue 7: a Chinese page or report carries no English words. A word is a run of two or more Latin letters
/// (with inner apostrophes or hyphens) in a token that holds no digit, '@' or '/'; identifiers, e-mail addresses,
/// dates and units with numbers are therefore never words.</remarks>
public static partial class EnglishWords
{
    /// <summary>Names and abbreviations that stay Latin in Chinese clinical text (instruments, criteria, models, genes,
    /// units, file formats, authors cited, the product).</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "MndCare",
        "ALSFRS-R", "ALSFRS", "FVC", "ENCALS", "TRICALS", "MiToS", "King's", "El", "Escorial", "Awaji", "Gold", "Coast", "FS",
        "UMN", "LMN", "EMG", "FTD", "MND", "ALS", "PMA", "PBP", "PLS", "UC-MSC", "MSC", "BiPAP", "NIV", "ECAS", "ALSAQ", "MRC",
        "FUS", "TARDBP", "Hankinson", "Westeneng", "Cedarbaum", "Labra", "Balendra", "Chiò", "Turner", "Thompson", "Wang", "Cochrane",
        "NurOwn", "ALSUMMIT", "Lancet", "Neurology", "CI", "SOD", "PDF", "CSV", "UTC", "GMT", "kg", "cm", "L", "ml", "mL",
    };

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("""\b(?:title|placeholder|aria-label|alt)\s*=\s*"([^"]*)(?=")|<input\b[^>]*\btype="(?:submit|button)"[^>]*\bvalue="([^"]*)(?=")""",
        RegexOptions.IgnoreCase)]
    private static partial Regex ReadAttributes();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*[A-Za-z]")]
    private static partial Regex LatinRun();

    /// <summary>The text of an HTML page that a person reads or hears: body text, titles, placeholders, labels, button values.</summary>
    public static string VisibleText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var visible = Hidden().Replace(html, " ");
        var attributes = ReadAttributes().Matches(visible).SelectMany(m => m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Value));
        var body = Tag().Replace(visible, " ");
        return WebUtility.HtmlDecode(body + " " + string.Join(" ", attributes));
    }

    /// <summary>The English words in <paramref name="text"/> that are neither allowed nor in <paramref name="names"/>.</summary>
    public static IReadOnlyList<string> In(string text, IReadOnlySet<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var words = new List<string>();
        foreach (var token in Token().Matches(text).Select(m => m.Value))
        {
            if (token.Any(char.IsAsciiDigit) || token.Contains('@', StringComparison.Ordinal) || token.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var word in LatinRun().Matches(token).Select(m => m.Value))
            {
                if (!Allowed.Contains(word) && !names.Contains(word))
                {
                    words.Add(word);
                }
            }
        }
        return words;
    }
}
