namespace MndCare.Application.Reports;

/// <summary>A two-column table of labels and values.</summary>
/// <param name="Items">The label and value pairs, in order.</param>
public sealed record ReportKeyValues(IReadOnlyList<(string Label, string Value)> Items) : ReportBlock;
