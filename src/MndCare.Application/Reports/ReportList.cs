namespace MndCare.Application.Reports;

/// <summary>A bulleted list.</summary>
/// <param name="Items">The list items, in order.</param>
public sealed record ReportList(IReadOnlyList<string> Items) : ReportBlock;
