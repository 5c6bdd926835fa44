namespace MndCare.Application.Reports;

/// <summary>A boxed, highlighted statement, such as the evidence statement of a treatment.</summary>
/// <param name="Text">The statement.</param>
public sealed record ReportNotice(string Text) : ReportBlock;
