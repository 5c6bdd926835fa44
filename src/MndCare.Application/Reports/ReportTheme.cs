using PdfSharp.Drawing;

namespace MndCare.Application.Reports;

/// <summary>Type sizes, colours and spacing of the PDF report, in points.</summary>
internal static class ReportTheme
{
    /// <summary>Titles and headings.</summary>
    public static readonly XColor Accent = XColor.FromArgb(31, 58, 95);

    /// <summary>Body text.</summary>
    public static readonly XColor Ink = XColor.FromArgb(26, 26, 26);

    /// <summary>Labels, footer and secondary lines.</summary>
    public static readonly XColor Muted = XColor.FromArgb(90, 90, 90);

    /// <summary>Rules and table borders.</summary>
    public static readonly XColor Line = XColor.FromArgb(176, 183, 195);

    /// <summary>The report title.</summary>
    public static readonly TextStyle Title = new(18, true, Accent);

    /// <summary>Section headings.</summary>
    public static readonly TextStyle Heading = new(13, true, Accent);

    /// <summary>Paragraphs and list items.</summary>
    public static readonly TextStyle Body = new(10, false, Ink);

    /// <summary>The footer.</summary>
    public static readonly TextStyle Footer = new(8, false, Muted);

    /// <summary>The meta block under the title: bold labels, no borders.</summary>
    public static readonly TableStyle Meta = new(new TextStyle(9.5, false, Ink), new TextStyle(9.5, true, Muted), true, null, 0, null, null, 1.5, StretchLastColumn: true);

    /// <summary>Tables with a header row.</summary>
    public static readonly TableStyle Grid = new(new TextStyle(9.5, false, Ink), new TextStyle(9.5, true, Ink), false, Line, 0.5, XColor.FromArgb(232, 237, 243), null, 4);

    /// <summary>Two-column label and value tables.</summary>
    public static readonly TableStyle KeyValues = Grid with { BoldFirstColumn = true, StretchLastColumn = true };

    /// <summary>Notice boxes: amber border on a pale amber ground.</summary>
    public static readonly TableStyle Notice = new(Body, Body, false, XColor.FromArgb(201, 138, 0), 1, null, XColor.FromArgb(255, 246, 219), 8);

    /// <summary>Space above a section heading.</summary>
    public const double SectionGap = 12;

    /// <summary>Space between a heading and its first block.</summary>
    public const double HeadingGap = 4;

    /// <summary>Space after each block.</summary>
    public const double BlockGap = 8;

    /// <summary>Indent of list item text; the bullet sits in it.</summary>
    public const double ListIndent = 14;

    /// <summary>Space between list items.</summary>
    public const double ItemGap = 2;

    /// <summary>The list bullet (U+2022, in DejaVu Sans).</summary>
    public const string Bullet = "\u2022";
}
