using MndCare.Application.Clinical;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Patients;
using MndCare.Domain.Time;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>Puts the outcome's figures into words for the page and the report: the selection, the flow's rows, the model's lines.</summary>
/// <param name="words">The cohort wording.</param>
/// <param name="clinical">The clinical names (phenotypes, onset sites, ΔFS groups) in the same language.</param>
public sealed class CohortDescription(CohortWording words, ClinicalText clinical)
{
    /// <summary>The wording.</summary>
    public CohortWording Words => words;

    /// <summary>The clinical names.</summary>
    public ClinicalText Clinical => clinical;

    /// <summary>The description in <paramref name="languageTag"/>'s language.</summary>
    public static CohortDescription For(string? languageTag)
    {
        var words = CohortWording.For(languageTag);
        return new CohortDescription(words, ClinicalText.For(words.LanguageTag));
    }

    /// <summary>"Phenotype: ALS, PMA · Onset site: Bulbar …", or "All patients".</summary>
    public string Selection(CohortSelection selection, IReadOnlyList<CohortLot> lots)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(lots);
        var parts = new List<string>();
        void Add(int filter, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0)
            {
                parts.Add($"{words.FilterNames[filter]}: {string.Join(", ", list)}");
            }
        }
        Add(0, selection.Phenotypes.Order().Select(p => clinical.Phenotype(p.WireName())));
        Add(1, selection.OnsetSites.Order().Select(s => clinical.OnsetSite(WireNames.Of(s))));
        Add(2, selection.ProgressionGroups.Order().Select(g => clinical.ProgressionGroup(g.WireName())));
        Add(3, new[] { selection.CourseFrom is { } from ? CohortWording.Format(words.From, ClinicTime.Format(from)) : null,
            selection.CourseTo is { } to ? CohortWording.Format(words.To, ClinicTime.Format(to)) : null }.OfType<string>());
        Add(4, lots.Where(l => selection.Lots.Contains(l.Id)).Select(l => l.LotNumber));
        return parts.Count == 0 ? words.Everyone : string.Join(" · ", parts);
    }

    /// <summary>The flow as (row name, value) pairs in <see cref="CohortWording.FlowRows"/> order.</summary>
    public IReadOnlyList<(string Label, string Value)> Flow(CohortFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var rows = words.FlowRows;
        return
        [
            (rows[0], Count(flow.Selected)),
            (rows[1], words.Share(CohortShare.From(flow.WithOnsetDate, flow.Selected))),
            (rows[2], words.Share(CohortShare.From(flow.WithAlsfrsR, flow.Selected))),
            (rows[3], CohortWording.Format(words.VisitsSentence, flow.Visits, flow.SelfRatedVisits)),
            (rows[4], words.Share(flow.WithCourse)),
            (rows[5], words.Share(flow.WithFollowUp)),
            (rows[6], words.Share(flow.TimepointsMissed)),
            (rows[7], words.Share(flow.PatientsMissingFollowUp)),
            (rows[8], words.Share(flow.DropOut)),
            (rows[9], words.Share(flow.Deaths)),
            (rows[10], words.Share(flow.CompositeEvents)),
        ];
    }

    /// <summary>The follow-up schedules the flow counted against, one sentence each.</summary>
    public string FollowUpSchedules(IReadOnlyList<FollowUpPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return string.Join(" ", policies.Select(p => CohortWording.Format(words.FollowUpSchedule, string.Join(words.ListSeparator, p.MonthsAfterEnd), p.WindowDays)));
    }

    /// <summary>The mixed model's lines: slope, change in slope (or why there is none), n, random effects, convergence.</summary>
    public IReadOnlyList<(string Label, string Value)> Trajectory(TrajectoryPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var lines = new List<(string, string)>();
        if (panel.Fit is not { } fit)
        {
            lines.Add((words.SlopeLabel, words.NotEstimable));
        }
        else
        {
            lines.Add((words.SlopeLabel, words.Estimate(panel.Slope!)));
            lines.Add((words.SlopeChangeLabel, panel.SlopeChange is { } change ? words.Estimate(change) : words.NoPostCourseTerm));
            var random = fit.RandomEffects;
            lines.Add((string.Empty, CohortWording.Format(words.RandomEffects, CohortWording.Number(random.SdIntercept, 2),
                CohortWording.Number(random.SdSlope, 3), CohortWording.Number(random.Correlation, 2), CohortWording.Number(random.SdResidual, 2))));
            if (!fit.Converged)
            {
                lines.Add((string.Empty, words.NotConverged));
            }
            if (fit.Singular)
            {
                lines.Add((string.Empty, words.Singular));
            }
        }
        lines.Add((string.Empty, CohortWording.Format(words.TrajectoryN, panel.Observations, panel.Patients, panel.PatientsAfterCourse,
            panel.SelfRatedObservations, panel.PatientsExcluded)));
        var population = NaturalHistoryPanel.Population;
        lines.Add((string.Empty, CohortWording.Format(words.PopulationSlope, population.MeanPerMonth, population.SlowestPerMonth, population.FastestPerMonth)));
        return lines;
    }

    /// <summary>The Kaplan–Meier median with its interval, or why there is no curve.</summary>
    public string Median(SurvivalPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return panel.Curve is { } curve
            ? words.Median(curve.Median, curve.MedianLower95, curve.MedianUpper95)
            : words.NotEstimable;
    }

    /// <summary>The Cox table rows: covariate, hazard ratio, 95% CI, p.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CoxRows(CoxPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return panel.Fit is not { } fit
            ? []
            : [.. fit.Coefficients.Select(c => (IReadOnlyList<string>)[Covariate(c.Name), CohortWording.Number(c.HazardRatio, 3),
                $"{CohortWording.Number(c.Lower95, 3)}–{CohortWording.Number(c.Upper95, 3)}", P(c.P)])];
    }

    /// <summary>The Cox model's n, events, concordance and what was left out.</summary>
    public string CoxSummary(CoxPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var summary = panel.Fit is { } fit
            ? CohortWording.Format(words.CoxN, panel.Patients, panel.Events, CohortWording.Number(fit.Concordance, 3), panel.PatientsExcluded)
            : words.NotEstimable;
        return panel.Dropped.Count == 0 ? summary : summary + " " + CohortWording.Format(words.CoxDropped, string.Join(", ", panel.Dropped.Select(Covariate)));
    }

    /// <summary>The natural-history rows: months, observed with its interval, mean predicted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Horizons(NaturalHistoryPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return [.. panel.Horizons.Select(h => (IReadOnlyList<string>)[CohortWording.Number(h.Months, 0),
            h.Observed is { } o ? words.Survival(o.Survival, o.Lower95, o.Upper95) : "–",
            h.MeanPredicted is { } m ? CohortWording.Number(m, 3) : "–"])];
    }

    /// <summary>A covariate's name in the reader's language.</summary>
    public string Covariate(string name) => words.Covariates.TryGetValue(name, out var text) ? text : name;

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // p as summary(coxph) prints it to three places, below 0.001 as "< 0.001".
    private static string P(double p) => p < 0.001 ? "< 0.001" : CohortWording.Number(p, 3);
}
