namespace MndCare.Application.Reports;

/// <summary>One label: value line under a report's title.</summary>
/// <param name="Label">The label, e.g. "Patient".</param>
/// <param name="Value">The value, e.g. the patient's name and MRN.</param>
public sealed record ReportMetaLine(string Label, string Value);
