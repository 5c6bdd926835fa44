using MndCare.Application.Reports;
using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Eligibility;

namespace MndCare.Application.Consultations.Reports;

/// <summary>A report as it would be signed now, and the checklist behind its recommendation.</summary>
/// <param name="Document">The report content.</param>
/// <param name="Checklist">The eligibility checklist.</param>
/// <param name="Safeguard">The checks of an offer of the programme (what would need an override reason); null for other recommendations.</param>
public sealed record ReportPreview(ReportDocument Document, EligibilityChecklist Checklist, OfferSafeguard? Safeguard);
