namespace MndCare.Application.Reports;

/// <summary>A content block inside a report section.</summary>
public abstract record ReportBlock;
