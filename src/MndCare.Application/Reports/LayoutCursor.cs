using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MndCare.Application.Reports;

/// <summary>The write position in a growing PDF: the current page, the y offset on it, and page breaks.</summary>
/// <remarks>Every page's graphics stay open until <see cref="Finish"/>, because the footer needs the final page count.</remarks>
internal sealed class LayoutCursor(PdfDocument pdf, Typesetter typesetter)
{
    /// <summary>Page margin on all four sides: 20 mm.</summary>
    public static readonly double Margin = XUnit.FromMillimeter(20).Point;

    private readonly List<XGraphics> _pages = [];

    /// <summary>The left edge of the body.</summary>
    public double Left { get; } = Margin;

    /// <summary>The width of the body.</summary>
    public double ContentWidth { get; private set; }

    /// <summary>The top of the body on every page.</summary>
    public double Top { get; } = Margin;

    /// <summary>The bottom of the body on every page; the footer sits below it.</summary>
    public double Bottom { get; private set; }

    /// <summary>The height available on an empty page.</summary>
    public double BodyHeight => Bottom - Top;

    /// <summary>The top of the next thing drawn.</summary>
    public double Y { get; private set; }

    /// <summary>The height left on the current page.</summary>
    public double Remaining => Bottom - Y;

    /// <summary>True when nothing has been drawn on the current page yet.</summary>
    public bool AtPageTop => Y <= Top;

    /// <summary>The graphics of the current page.</summary>
    public XGraphics Graphics => _pages[^1];

    /// <summary>The number of pages so far; the current page's number.</summary>
    public int PageCount => _pages.Count;

    /// <summary>The text engine.</summary>
    public Typesetter Text => typesetter;

    /// <summary>Starts a new A4 portrait page and moves to its top.</summary>
    public void NewPage()
    {
        var page = pdf.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        _pages.Add(XGraphics.FromPdfPage(page));
        ContentWidth = page.Width.Point - (2 * Margin);
        Bottom = page.Height.Point - Margin;
        Y = Top;
    }

    /// <summary>Breaks the page unless <paramref name="height"/> fits below the cursor (or the page is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Moves down after drawing something of <paramref name="height"/>.</summary>
    public void Advance(double height) => Y += height;

    /// <summary>Adds vertical space, except at the top of a page, where it would only push content down.</summary>
    public void Gap(double height)
    {
        if (!AtPageTop)
        {
            Y = Math.Min(Y + height, Bottom);
        }
    }

    /// <summary>Draws wrapped lines one by one, breaking the page between lines as needed.</summary>
    public void Lines(IReadOnlyList<string> lines, TextStyle style, double indent = 0)
    {
        foreach (var line in lines)
        {
            EnsureSpace(style.LineHeight);
            typesetter.Draw(Graphics, line, style, Left + indent, Y);
            Advance(style.LineHeight);
        }
    }

    /// <summary>Draws a horizontal rule across the body at the cursor.</summary>
    public void Rule(XColor color, double thickness)
    {
        Graphics.DrawLine(new XPen(color, thickness), Left, Y, Left + ContentWidth, Y);
    }

    /// <summary>Lets <paramref name="footer"/> draw on every page (graphics, 1-based page number, page count), then closes the pages.</summary>
    public void Finish(Action<XGraphics, int, int> footer)
    {
        var count = _pages.Count;
        for (var index = 0; index < count; index++)
        {
            footer(_pages[index], checked(index + 1), count);
            _pages[index].Dispose();
        }
        _pages.Clear();
    }
}
