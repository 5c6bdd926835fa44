using System.Net;
using System.Text.RegularExpressions;

namespace MndCare.Testing.Language;

/// <summary>Finds English words in text a Chinese reader sees: names, instrument abbreviations and numbers aside.</summary>
/// <remarks>Issue 7: a Chinese page or report carries no English words. A word is a run of two or more Latin letters
/// (with inner apostrophes or hyphens) in a token that holds no digit, '@' or '/' and is not a file name; identifiers,
/// e-mail addresses, dates and units with numbers are therefore never words.</remarks>
public static partial class EnglishWords
{
    /// <summary>Names and abbreviations that stay Latin in Chinese clinical text (instruments, criteria, models, genes,
    /// units, file formats, authors cited, the product).</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "MndCare", "English",
        "ALSFRS-R", "ALSFRS", "FVC", "ENCALS", "TRICALS", "MiToS", "King's", "King", "El", "Escorial", "Awaji", "Gold", "Coast", "FS", "LP",
        "UMN", "LMN", "EMG", "FTD", "ALS-FTD", "MND", "ALS", "PMA", "PBP", "PLS", "UC-MSC", "MSC", "BiPAP", "NIV", "ECAS", "ALSAQ", "MRC",
        "FUS", "TARDBP", "Hankinson", "Westeneng", "Cedarbaum", "Labra", "Balendra", "Chiò", "Turner", "Thompson", "Wang", "Cochrane",
        "NurOwn", "ALSUMMIT", "Lancet", "Neurology", "CI", "SOD", "FDA", "III", "Tofersen", "lenzumestrocel",
        "PDF", "CSV", "UTC", "GMT", "KB", "MB", "kg", "cm", "L", "ml", "mL",
        "HLA-DR", // a cell-surface marker, written so in Chinese too (issue 8, release results)
        "mmHg", // issue 8: the unit of blood pressure, written so in Chinese too
        "CTCAE", "MedDRA", "ICH", "WHO-UMC", // issue 9: safety terminologies, cited by their own names in Chinese too
        "ALT", "AST", "ALP", "GGT", "CK", // issue 9, labs: lab tests, written so on Chinese lab reports too
        "PRECISION-ALS", // issue 10: a study, cited by its own name in Chinese too
        // Issue 10: statistical methods named after their authors, written so in Chinese statistics too.
        "Kaplan", "Meier", "Cox", "Wald", "Efron", "Clopper", "Pearson", "Greenwood", "REML",
    };

    // Scripts, styles, comments, what a form holds (a text area's content, like an input's value, is the user's data), and
    // values shown exactly as they were recorded (class "recorded": audit codes, stored data).
    [GeneratedRegex("""<(script|style|textarea)\b.*?</\1\s*>|<!--.*?-->|<(\w+)\b[^>]*\bclass="[^"]*\brecorded\b[^"]*"[^>]*>[^<]*</\2>""",
        RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    // A file name ("report.pdf"): the extension is part of a name, not a word.
    [GeneratedRegex(@"\.[A-Za-z]{2,5}$")]
    private static partial Regex FileExtension();

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
            if (token.Any(char.IsAsciiDigit) || token.Contains('@', StringComparison.Ordinal) || token.Contains('/', StringComparison.Ordinal)
                || FileExtension().IsMatch(token.TrimEnd('）', ')', '，', ',', '。')))
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
