namespace MndCare.Application.Reports;

/// <summary>A table with a header row; rows shorter than the header are padded with empty cells.</summary>
/// <param name="Headers">The column headings (repeated at the top of each page the table continues on).</param>
/// <param name="Rows">The body rows, each a list of cells.</param>
public sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
