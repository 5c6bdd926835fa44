using MndCare.Application.Reports;
using MndCare.Domain.Consultations.Eligibility;

namespace MndCare.Application.Consultations.Reports;

/// <summary>A report as it would be signed now, and the checklist behind its recommendation.</summary>
/// <param name="Document">The report content.</param>
/// <param name="Checklist">The eligibility checklist.</param>
public sealed record ReportPreview(ReportDocument Document, EligibilityChecklist Checklist);
