using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace MndCare.Testing.Pdf;

/// <summary>Reads the text of a PDF back with PdfPig, for assertions on rendered reports.</summary>
/// <remarks>
/// Page.Text glues lines together without separators, so pages are read in content order, one text line per
/// output line. PdfPig may insert spaces between CJK glyphs: compare Chinese through <see cref="WithoutWhitespace(string)"/>.
/// </remarks>
public static class PdfText
{
    /// <summary>The text of each page, lines separated by newlines.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page))];
    }

    /// <summary>All text of the PDF, pages separated by newlines.</summary>
    public static string All(byte[] pdf) => string.Join('\n', Pages(pdf));

    /// <summary>All text with every run of whitespace (including line and page breaks) collapsed to one space.</summary>
    public static string Normalized(byte[] pdf) => Normalize(All(pdf));

    /// <summary>All text with whitespace removed; for CJK, and for phrases a line break may have split.</summary>
    public static string WithoutWhitespace(byte[] pdf) => WithoutWhitespace(All(pdf));

    /// <summary>Collapses every run of whitespace to one space and trims the ends.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }
            if (inSpace)
            {
                builder.Append(' ');
                inSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Removes all whitespace.</summary>
    public static string WithoutWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
