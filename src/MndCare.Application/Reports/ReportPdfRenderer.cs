using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MndCare.Application.Reports;

/// <summary>Renders a <see cref="ReportDocument"/> as an A4 PDF whose text (English or Chinese) stays extractable.</summary>
/// <remarks>
/// Text is set in DejaVu Sans, with CJK runs in Droid Sans Fallback (see <see cref="ReportFonts"/>); glyphs are
/// Unicode-encoded with a ToUnicode map. PDFsharp writes random font-subset tags and file ids, so two renders of
/// one document are equal in content but not byte for byte. Each call has its own layout state, so one renderer
/// may serve concurrent requests.
/// </remarks>
/// <param name="fonts">The font files; <see cref="ReportFontFiles.Debian"/> when null. One set per process, since PDFsharp's font cache is global.</param>
public sealed class ReportPdfRenderer(ReportFontFiles? fonts = null)
{
    private const string Producer = "MndCare";

    private readonly ReportFontFiles _fonts = fonts ?? ReportFontFiles.Debian;

    /// <summary>Renders the document to PDF bytes.</summary>
    /// <param name="document">The report.</param>
    /// <param name="createdAt">The PDF creation date; defaults to the signature time. The renderer never reads the clock.</param>
    /// <exception cref="ArgumentException">The report is unsigned and <paramref name="createdAt"/> is null.</exception>
    /// <exception cref="FileNotFoundException">A font file is missing; the message names the Debian package.</exception>
    public byte[] Render(ReportDocument document, DateTimeOffset? createdAt = null)
    {
        using var stream = new MemoryStream();
        Render(document, stream, createdAt);
        return stream.ToArray();
    }

    /// <summary>Renders the document as PDF into <paramref name="output"/>, which stays open.</summary>
    /// <param name="document">The report.</param>
    /// <param name="output">Where the PDF goes.</param>
    /// <param name="createdAt">The PDF creation date; defaults to the signature time. The renderer never reads the clock.</param>
    /// <exception cref="ArgumentException">The report is unsigned and <paramref name="createdAt"/> is null.</exception>
    /// <exception cref="FileNotFoundException">A font file is missing; the message names the Debian package.</exception>
    public void Render(ReportDocument document, Stream output, DateTimeOffset? createdAt = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var created = createdAt ?? document.Signature?.SignedAt
            ?? throw new ArgumentException("An unsigned report needs an explicit creation time.", nameof(createdAt));
        // The typesetter checks the font files first, so a missing file is reported as such.
        using var typesetter = new Typesetter(_fonts);
        ReportFonts.EnsureRegistered(_fonts);
        var labels = ReportLabels.For(document.LanguageTag);

        using var pdf = new PdfDocument();
        Describe(pdf, document, created);
        var cursor = new LayoutCursor(pdf, typesetter);
        cursor.NewPage();
        var writer = new BlockWriter(cursor);
        writer.Title(document.Title);
        writer.Meta(document.Meta ?? []);
        foreach (var section in document.Sections ?? [])
        {
            writer.Section(section);
        }
        if (document.Signature is { } signature)
        {
            writer.Signature(labels.Signed(signature), signature.SupersedesNote);
        }
        cursor.Finish((graphics, page, count) => Footer(graphics, cursor, document.FooterText, labels.PageOf(page, count)));
        pdf.Save(output, false);
    }

    private static void Describe(PdfDocument pdf, ReportDocument document, DateTimeOffset created)
    {
        pdf.Info.Title = document.Title ?? string.Empty;
        pdf.Info.Author = Producer;
        pdf.Info.Creator = Producer;
        // Both dates are set so PDFsharp has no reason to stamp its own clock into the file.
        pdf.Info.CreationDate = created.UtcDateTime;
        pdf.Info.ModificationDate = created.UtcDateTime;
        pdf.Language = string.IsNullOrWhiteSpace(document.LanguageTag) ? "en" : document.LanguageTag;
    }

    // Footer text on the left (at most three lines), the page number on the right of its first line, a rule above.
    private static void Footer(XGraphics graphics, LayoutCursor cursor, string? footerText, string pageLabel)
    {
        const int MaxFooterLines = 3;
        var style = ReportTheme.Footer;
        var text = cursor.Text;
        var top = cursor.Bottom + 10;
        graphics.DrawLine(new XPen(ReportTheme.Line, 0.5), cursor.Left, cursor.Bottom + 6, cursor.Left + cursor.ContentWidth, cursor.Bottom + 6);
        var labelWidth = text.Width(pageLabel, style);
        var lines = text.Wrap(footerText ?? string.Empty, style, cursor.ContentWidth - labelWidth - 12);
        for (var index = 0; index < Math.Min(lines.Count, MaxFooterLines); index++)
        {
            text.Draw(graphics, lines[index], style, cursor.Left, top + (index * style.LineHeight));
        }
        // Drawn after the footer text so text extraction reads the line left to right.
        text.Draw(graphics, pageLabel, style, cursor.Left + cursor.ContentWidth - labelWidth, top);
    }
}
