using PdfSharp.Drawing;

namespace MndCare.Application.Reports;

/// <summary>Size, weight and colour of a piece of report text.</summary>
internal readonly record struct TextStyle(double Size, bool Bold, XColor Color)
{
    /// <summary>Line pitch as a multiple of the size; roomy enough for CJK, whose glyphs fill the em.</summary>
    public const double LineSpacing = 1.45;

    /// <summary>The distance between the tops of two lines.</summary>
    public double LineHeight => Size * LineSpacing;

    /// <summary>From the top of a line box to the baseline.</summary>
    public double BaselineOffset => Size * 1.1;
}
