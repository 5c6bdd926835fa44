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
        void Limit(string code, int? limit, double? value, bool atLeast)
        {
            if (limit is { } l)
            {
                var met = value is { } v && (atLeast ? v >= l : v <= l);
                lines.Add(new EligibilityLine(code, Text(l), value is { } shown ? Text(shown) : null,
                    value is null ? EligibilityOutcome.Unknown : met ? EligibilityOutcome.Met : EligibilityOutcome.NotMet));
            }
        }
        Limit("minAlsfrsrTotal", criteria.MinAlsfrsrTotal, facts.AlsfrsrTotal, atLeast: true);
        Limit("minFvcPercentPredicted", criteria.MinFvcPercentPredicted, facts.FvcPercentPredicted, atLeast: true);
        if (criteria.ExcludeInvasiveVentilation)
        {
            lines.Add(new EligibilityLine("noInvasiveVentilation", "invasive", facts.BreathingSupport is { } b ? QuestionnaireChoices.Of(b) : null,
                facts.BreathingSupport is not { } support ? EligibilityOutcome.Unknown : support switch
                {
                    BreathingSupport.Invasive => EligibilityOutcome.NotMet,
                    BreathingSupport.None or BreathingSupport.NonInvasivePartTime or BreathingSupport.NonInvasiveFullTime => EligibilityOutcome.Met,
                }));
        }
        Limit("maxMonthsSinceOnset", criteria.MaxMonthsSinceOnset, facts.MonthsSinceOnset, atLeast: false);
        Limit("minAgeYears", criteria.MinAgeYears, facts.AgeYears, atLeast: true);
        Limit("maxAgeYears", criteria.MaxAgeYears, facts.AgeYears, atLeast: false);
        foreach (var label in criteria.Contraindications)
        {
            var outcome = facts.ContraindicationsPresent.Contains(label, StringComparer.Ordinal) ? EligibilityOutcome.NotMet
                : facts.ContraindicationsRuledOut ? EligibilityOutcome.Met : EligibilityOutcome.Unknown;
            lines.Add(new EligibilityLine(EligibilityLine.ContraindicationCode, label, null, outcome)
            {
                LimitInChinese = criteria.ContraindicationsInChinese.GetValueOrDefault(label),
            });
        }
        var overall = lines.Any(l => l.Outcome == EligibilityOutcome.NotMet) ? EligibilityOutcome.NotMet
            : lines.Any(l => l.Outcome == EligibilityOutcome.Unknown) ? EligibilityOutcome.Unknown
            : EligibilityOutcome.Met;
        return new EligibilityChecklist(lines, overall);
    }

    private static string Text(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
