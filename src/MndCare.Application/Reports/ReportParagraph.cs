namespace MndCare.Application.Reports;

/// <summary>A word-wrapped paragraph; line breaks in the text are kept.</summary>
/// <param name="Text">The paragraph text.</param>
/// <param name="Emphasis">True to set the paragraph in bold.</param>
public sealed record ReportParagraph(string Text, bool Emphasis = false) : ReportBlock;
