using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MndCare.Application.Reports;

/// <summary>Measures, wraps and draws text in mixed scripts, choosing DejaVu Sans or Droid Sans Fallback per run.</summary>
internal sealed class Typesetter : IDisposable
{
    // Unicode (Identity-H with a ToUnicode map) keeps every glyph extractable; WinAnsi would lose CJK.
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode);

    private readonly ReportFontFiles _files;
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards, null!);
    private readonly Dictionary<(bool Cjk, double Size, bool Bold), XFont> _fonts = [];
    private readonly Dictionary<(string Text, double Size, bool Bold), double> _widths = [];
    private bool _cjkChecked;

    /// <summary>Creates a typesetter; the Latin font files must exist, the CJK one only once CJK text appears.</summary>
    public Typesetter(ReportFontFiles files)
    {
        _files = files;
        ReportFonts.RequireFile(files.LatinRegular, ReportFontFiles.LatinPackage);
        ReportFonts.RequireFile(files.LatinBold, ReportFontFiles.LatinPackage);
    }

    /// <summary>The width of one line of text.</summary>
    public double Width(string text, TextStyle style)
    {
        var key = (text, style.Size, style.Bold);
        if (!_widths.TryGetValue(key, out var width))
        {
            width = 0;
            foreach (var run in Scripts.Split(text))
            {
                width += _measure.MeasureString(run.Text, Font(run.Cjk, style)).Width;
            }
            _widths[key] = width;
        }
        return width;
    }

    /// <summary>Breaks text into lines that fit <paramref name="maxWidth"/>.</summary>
    public List<string> Wrap(string text, TextStyle style, double maxWidth) =>
        LineBreaker.Break(text, maxWidth, segment => Width(segment, style));

    /// <summary>Draws one line whose line box starts at <paramref name="top"/>.</summary>
    public void Draw(XGraphics graphics, string line, TextStyle style, double x, double top)
    {
        var brush = new XSolidBrush(style.Color);
        var baseline = top + style.BaselineOffset;
        foreach (var run in Scripts.Split(line))
        {
            var font = Font(run.Cjk, style);
            graphics.DrawString(run.Text, font, brush, x, baseline);
            x += Width(run.Text, style);
        }
    }

    /// <summary>Releases the measuring context.</summary>
    public void Dispose() => _measure.Dispose();

    private XFont Font(bool cjk, TextStyle style)
    {
        var key = (cjk, style.Size, style.Bold);
        if (!_fonts.TryGetValue(key, out var font))
        {
            if (cjk && !_cjkChecked)
            {
                ReportFonts.RequireFile(_files.Cjk, ReportFontFiles.CjkPackage);
                _cjkChecked = true;
            }
            var family = cjk ? ReportFonts.CjkFamily : ReportFonts.LatinFamily;
            font = new XFont(family, style.Size, style.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, FontOptions);
            _fonts[key] = font;
        }
        return font;
    }
}
