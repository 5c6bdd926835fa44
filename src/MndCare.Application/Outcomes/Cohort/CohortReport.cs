using MndCare.Application.Reports;
using MndCare.Application.Safety.Rates;
using MndCare.Domain.Time;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>The charts of the report as PNG pictures, drawn by the host's chart library (ScottPlot in the web host).</summary>
/// <param name="Trajectory">ALSFRS-R by months since onset with the model's line; null to leave it out.</param>
/// <param name="Survival">The Kaplan–Meier curve; null to leave it out.</param>
/// <param name="NaturalHistory">Observed against ENCALS-predicted; null to leave it out.</param>
public sealed record CohortChartImages(byte[]? Trajectory, byte[]? Survival, byte[]? NaturalHistory);

/// <summary>Draws the report's charts; the web host implements it with ScottPlot (the application has no chart library).</summary>
public interface ICohortCharts
{
    /// <summary>The charts of <paramref name="outcome"/>, labelled in <paramref name="words"/>'s language.</summary>
    CohortChartImages Draw(CohortOutcome outcome, CohortWording words);
}

/// <summary>Composes the ethics-committee report: methods, cohort, outcomes, natural-history comparison, adverse events, limitations.</summary>
/// <remarks>docs/outcomes/cohort.md, "Report". Aggregate figures only: no name, MRN or patient id appears.</remarks>
public static class CohortReport
{
    /// <summary>The report document.</summary>
    /// <param name="outcome">The analysed cohort.</param>
    /// <param name="description">The words, in the reader's language.</param>
    /// <param name="charts">The charts as pictures.</param>
    /// <param name="termName">A CTCAE term in the reader's language.</param>
    /// <param name="generatedAt">When, in the clinic's zone.</param>
    public static ReportDocument Build(CohortOutcome outcome, CohortDescription description, CohortChartImages charts, Func<string, string> termName,
        DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(termName);
        var words = description.Words;
        var meta = new List<ReportMetaLine>
        {
            new(words.Clinic, string.Join(", ", outcome.ClinicNames)),
            new(words.AnalysisDate, ClinicTime.Format(outcome.AnalysisDate)),
            new(words.Selection, description.Selection(outcome.Selection, outcome.Lots)),
        };
        var sections = new List<ReportSection>
        {
            new(words.Methods, [.. words.MethodParagraphs.Select(p => new ReportParagraph(p)), new ReportParagraph(description.FollowUpSchedules(outcome.FollowUpPolicies))]),
            new(words.CohortHeading, [new ReportKeyValues(description.Flow(outcome.Flow))]),
            new(words.Outcomes, [new ReportParagraph(words.OutcomesIntro)]),
            new(words.TrajectoryHeading, With(charts.Trajectory, words.Captions[0], new ReportKeyValues(description.Trajectory(outcome.Trajectory)))),
            new(words.SurvivalHeading, With(charts.Survival, words.Captions[1], new ReportParagraph(description.Median(outcome.Survival), Emphasis: true),
                new ReportParagraph(CohortWording.Format(words.SurvivalN, outcome.Survival.Patients, outcome.Survival.Events, outcome.Survival.PatientsExcluded)))),
            new(words.CoxHeading, [new ReportTable(words.CoxHeaders, description.CoxRows(outcome.Survival.Cox)),
                new ReportParagraph(description.CoxSummary(outcome.Survival.Cox))]),
            new(words.NaturalHistoryHeading, With(charts.NaturalHistory, words.Captions[2],
                new ReportTable(words.HorizonHeaders, description.Horizons(outcome.NaturalHistory)),
                new ReportParagraph(CohortWording.Format(words.NaturalHistoryN, outcome.NaturalHistory.PatientsWithPrediction, outcome.NaturalHistory.Events,
                    outcome.NaturalHistory.PatientsWithoutPrediction)))),
            new(words.AdverseEventsHeading, Safety(outcome.Safety, words, termName)),
            new(words.LimitationsHeading, [new ReportList(words.Limitations), new ReportNotice(words.Evidence)]),
        };
        return new ReportDocument(words.ReportTitle, words.LanguageTag, meta, sections, null, $"{words.Footer} {ClinicTime.Format(generatedAt)}");
    }

    private static List<ReportBlock> With(byte[]? picture, string caption, params ReportBlock[] blocks) =>
        picture is null ? [.. blocks] : [.. blocks, new ReportImage(picture, caption)];

    private static List<ReportBlock> Safety(CohortSafetyPanel panel, CohortWording words, Func<string, string> termName)
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(CohortWording.Format(words.SafetyN, panel.PatientsExposed, panel.EventsBeforeCourse, panel.Drafts)) };
        if (panel.Rates is not { } rates)
        {
            blocks.Add(new ReportParagraph(panel.NotEstimable.Count > 0 ? words.NotEstimable : words.NoExposure));
            return blocks;
        }
        var wording = SafetyRateWording.For(words.LanguageTag);
        blocks.Add(new ReportTable(words.RateHeaders, [.. rates.Rows.Select(row => (IReadOnlyList<string>)[
            row.Dimension == SafetyRateDimension.Term ? termName(row.Label) : wording.Name(row), wording.Sentence(row),
            row.EventCount.ToString(System.Globalization.CultureInfo.InvariantCulture)])]));
        return blocks;
    }
}
