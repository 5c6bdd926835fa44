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

    public string? OverrideReason { get; set; }

    public ReportDraft ToDraft() => new(AssessmentId, ContraindicationsPresent, ContraindicationsRuledOut, Recommendation, RecommendationText,
        ProposedPlan, Costs, CorrectionReason, OverrideReason);

    /// <summary>The form filled with a signed version's decisions, for its correction (the correction reason is new each time).</summary>
    public static ReportForm From(ReportDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new ReportForm
        {
            AssessmentId = draft.AssessmentId,
            ContraindicationsPresent = [.. draft.ContraindicationsPresent],
            ContraindicationsRuledOut = draft.ContraindicationsRuledOut,
            Recommendation = draft.Recommendation,
            RecommendationText = draft.RecommendationText,
            ProposedPlan = draft.ProposedPlan,
            Costs = draft.Costs,
            OverrideReason = draft.OverrideReason,
        };
    }
}
