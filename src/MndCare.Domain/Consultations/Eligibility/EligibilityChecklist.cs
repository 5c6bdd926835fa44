using System.Globalization;

namespace MndCare.Domain.Consultations.Eligibility;

/// <summary>The programme's eligibility checklist evaluated for one patient.</summary>
/// <param name="Lines">One line per criterion the clinic set, then one per contraindication.</param>
/// <param name="Outcome">Not met when any line is not met; unknown when none is not met but some are unknown; else met.</param>
public sealed record EligibilityChecklist(IReadOnlyList<EligibilityLine> Lines, EligibilityOutcome Outcome)
{
    /// <summary>Evaluates <paramref name="criteria"/> against <paramref name="facts"/>.</summary>
    public static EligibilityChecklist Evaluate(EligibilityCriteria criteria, EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(facts);
        var lines = new List<EligibilityLine>();
        void AtLeast(string code, int? limit, double? value)
        {
            if (limit is { } l)
            {
                lines.Add(new EligibilityLine(code, Text(l), value is { } v ? Text(v) : null,
                    value is null ? EligibilityOutcome.Unknown : value >= l ? EligibilityOutcome.Met : EligibilityOutcome.NotMet));
            }
        }
        void AtMost(string code, int? limit, double? value)
        {
            if (limit is { } l)
            {
                lines.Add(new EligibilityLine(code, Text(l), value is { } v ? Text(v) : null,
                    value is null ? EligibilityOutcome.Unknown : value <= l ? EligibilityOutcome.Met : EligibilityOutcome.NotMet));
            }
        }
        AtLeast("minAlsfrsrTotal", criteria.MinAlsfrsrTotal, facts.AlsfrsrTotal);
        AtLeast("minFvcPercentPredicted", criteria.MinFvcPercentPredicted, facts.FvcPercentPredicted);
        if (criteria.ExcludeInvasiveVentilation)
        {
            lines.Add(new EligibilityLine("noInvasiveVentilation", "invasive", facts.BreathingSupport is { } b ? QuestionnaireChoices.Of(b) : null,
                facts.BreathingSupport is not { } support ? EligibilityOutcome.Unknown : support switch
                {
                    BreathingSupport.Invasive => EligibilityOutcome.NotMet,
                    BreathingSupport.None or BreathingSupport.NonInvasivePartTime or BreathingSupport.NonInvasiveFullTime => EligibilityOutcome.Met,
                }));
        }
        AtMost("maxMonthsSinceOnset", criteria.MaxMonthsSinceOnset, facts.MonthsSinceOnset);
        AtLeast("minAgeYears", criteria.MinAgeYears, facts.AgeYears);
        AtMost("maxAgeYears", criteria.MaxAgeYears, facts.AgeYears);
        foreach (var label in criteria.Contraindications)
        {
            var outcome = facts.ContraindicationsPresent.Contains(label, StringComparer.Ordinal) ? EligibilityOutcome.NotMet
                : facts.ContraindicationsRuledOut ? EligibilityOutcome.Met : EligibilityOutcome.Unknown;
            lines.Add(new EligibilityLine("contraindication", label, null, outcome));
        }
        var overall = lines.Any(l => l.Outcome == EligibilityOutcome.NotMet) ? EligibilityOutcome.NotMet
            : lines.Any(l => l.Outcome == EligibilityOutcome.Unknown) ? EligibilityOutcome.Unknown
            : EligibilityOutcome.Met;
        return new EligibilityChecklist(lines, overall);
    }

    private static string Text(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
