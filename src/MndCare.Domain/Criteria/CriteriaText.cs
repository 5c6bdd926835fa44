using MndCare.Domain.Explanations;

namespace MndCare.Domain.Criteria;

/// <summary>Reasons shared by the criteria.</summary>
internal static class CriteriaText
{
    private static readonly ClinicalReason NoProgression = new(ReasonCodes.IncompleteNoProgression);
    private static readonly ClinicalReason NotExcluded = new(ReasonCodes.IncompleteNotExcluded);

    /// <summary>Both required steps of Decision 6 are recorded.</summary>
    public static bool IsComplete(Findings findings) => findings.ProgressionDocumented && findings.AlternativeExcluded;

    /// <summary>The reasons for "incomplete" (Decision 6).</summary>
    public static ClinicalReason[] Incomplete(Findings findings) => (findings.ProgressionDocumented, findings.AlternativeExcluded) switch
    {
        (false, false) => [NoProgression, NotExcluded],
        (false, true) => [NoProgression],
        (true, false) => [NotExcluded],
        (true, true) => throw new ArgumentException("The findings are complete.", nameof(findings)),
    };

    /// <summary>A reason naming sets of regions.</summary>
    public static ClinicalReason Regions(string code, params ReadOnlySpan<int> masks)
    {
        Span<ReasonValue> values = stackalloc ReasonValue[masks.Length];
        for (var i = 0; i < masks.Length; i++)
        {
            values[i] = ReasonValue.Regions(masks[i]);
        }
        return new ClinicalReason(code, values);
    }
}
