namespace MndCare.Domain.Criteria;

/// <summary>Reason sentences shared by the criteria.</summary>
internal static class CriteriaText
{
    /// <summary>Decision 6: progression not documented.</summary>
    public const string NoProgression = "Progression is not documented";

    /// <summary>Decision 6: other diseases not excluded.</summary>
    public const string NotExcluded = "Other diseases are not excluded";

    /// <summary>Both required steps of Decision 6 are recorded.</summary>
    public static bool IsComplete(Findings findings) => findings.ProgressionDocumented && findings.AlternativeExcluded;

    /// <summary>The reasons for "incomplete" (Decision 6), from constant strings.</summary>
    public static string[] Incomplete(Findings findings) => (findings.ProgressionDocumented, findings.AlternativeExcluded) switch
    {
        (false, false) => [NoProgression + ": incomplete.", NotExcluded + ": incomplete."],
        (false, true) => [NoProgression + ": incomplete."],
        (true, false) => [NotExcluded + ": incomplete."],
        (true, true) => throw new ArgumentException("The findings are complete.", nameof(findings)),
    };
}
