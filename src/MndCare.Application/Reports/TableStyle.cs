using PdfSharp.Drawing;

namespace MndCare.Application.Reports;

/// <summary>How a grid of cells looks: tables, key-value lists, the meta block and notice boxes share one layout.</summary>
/// <param name="Body">Body cell text.</param>
/// <param name="Header">Header cell text; same size as <paramref name="Body"/>, since rows share one line pitch.</param>
/// <param name="BoldFirstColumn">True to set the first column in bold (labels).</param>
/// <param name="Border">Cell border colour, or null for no borders.</param>
/// <param name="BorderWidth">Cell border thickness.</param>
/// <param name="HeaderFill">Header background, or null.</param>
/// <param name="BodyFill">Body background, or null.</param>
/// <param name="Padding">Space between a cell's border and its text.</param>
/// <param name="StretchLastColumn">True to give spare width to the last column only (labels stay snug), false to spread it.</param>
internal sealed record TableStyle(
    TextStyle Body,
    TextStyle Header,
    bool BoldFirstColumn,
    XColor? Border,
    double BorderWidth,
    XColor? HeaderFill,
    XColor? BodyFill,
    double Padding,
    bool StretchLastColumn = false);
