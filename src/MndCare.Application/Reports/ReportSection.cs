namespace MndCare.Application.Reports;

/// <summary>A headed section of a report.</summary>
/// <param name="Heading">The section heading.</param>
/// <param name="Blocks">The content blocks, in reading order; may be empty.</param>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);
