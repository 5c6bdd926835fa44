using MndCare.Application.Consultations.Reports;

namespace MndCare.Web.Pages.Consultations;

/// <summary>The report part of the consultation workspace, as posted.</summary>
public sealed class ReportForm
{
    public Guid? AssessmentId { get; set; }

    public List<string> ContraindicationsPresent { get; set; } = [];

    public bool ContraindicationsRuledOut { get; set; }

    public string? Recommendation { get; set; }

    public string? RecommendationText { get; set; }

    public string? ProposedPlan { get; set; }

    public string? Costs { get; set; }

    public string? CorrectionReason { get; set; }

    public ReportDraft ToDraft() => new(AssessmentId, ContraindicationsPresent, ContraindicationsRuledOut, Recommendation, RecommendationText,
        ProposedPlan, Costs, CorrectionReason);
}
