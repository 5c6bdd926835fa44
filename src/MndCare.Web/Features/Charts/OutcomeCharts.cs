using Microsoft.Extensions.Localization;
using MndCare.Application.Outcomes.Patients;
using ScottPlot;

namespace MndCare.Web.Features.Charts;

/// <summary>Draws the outcome page's charts as SVG with ScottPlot: measurements around the course, the slopes with the
/// natural-history ranges, and ENCALS against the actual status.</summary>
/// <remarks>Numbers and axis labels only, never a name or an identifier (as <see cref="ClinicalCharts"/>). The course is a shaded
/// span; self-rated ALSFRS-R totals are open triangles. docs/outcomes/patient-outcome.md.</remarks>
public static class OutcomeCharts
{
    private static readonly Color CourseShade = Colors.Gold.WithAlpha(0.25);

    /// <summary>ALSFRS-R total and the four subscores over months from the course start.</summary>
    public static string AlsfrsR(PatientOutcome outcome, OutcomeChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = NewPlot(outcome, labels, labels.AlsfrsR);
        var rated = outcome.Points.Where(p => p.Total is not null).ToList();
        double[] months = [.. rated.Select(p => p.MonthsFromCourseStart)];
        ClinicalCharts.Line(plot, months, [.. rated.Select(p => (double)p.Total!.Value)], labels.Total, Colors.Black, 2);
        ClinicalCharts.Line(plot, months, [.. rated.Select(p => (double)p.Bulbar!.Value)], labels.Bulbar, Colors.SteelBlue, 1);
        ClinicalCharts.Line(plot, months, [.. rated.Select(p => (double)p.FineMotor!.Value)], labels.FineMotor, Colors.DarkOrange, 1);
        ClinicalCharts.Line(plot, months, [.. rated.Select(p => (double)p.GrossMotor!.Value)], labels.GrossMotor, Colors.SeaGreen, 1);
        ClinicalCharts.Line(plot, months, [.. rated.Select(p => (double)p.Respiratory!.Value)], labels.Respiratory, Colors.Purple, 1);
        SelfRated(plot, rated, labels);
        plot.Axes.SetLimitsY(0, 49);
        return Render(plot, outcome);
    }

    /// <summary>ALSFRS-R totals with the OLS line of each period, the pre-course line's 95% prediction band and the population range.</summary>
    public static string Trend(PatientOutcome outcome, OutcomeChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = NewPlot(outcome, labels, labels.AlsfrsRTotal);
        if (outcome.Trend is { } trend)
        {
            Band(plot, trend.PopulationBand, labels.PopulationRange, Colors.SteelBlue.WithAlpha(0.18));
            Band(plot, trend.OwnTrendBand, labels.OwnTrendRange, Colors.DarkOrange.WithAlpha(0.22));
            FittedLine(plot, outcome.Points, trend.Before, OutcomeTrends.BeforeCourse, labels.SlopeBefore, Colors.DarkOrange);
            FittedLine(plot, outcome.Points, trend.After, OutcomeTrends.AfterCourse, labels.SlopeAfter, Colors.SeaGreen);
        }
        var rated = outcome.Points.Where(p => p.Total is not null).ToList();
        Marks(plot, [.. rated.Where(p => !p.SelfRated).Select(p => (p.MonthsFromCourseStart, (double)p.Total!.Value))], labels.ClinicianRated,
            MarkerShape.FilledCircle, 7, Colors.Black);
        SelfRated(plot, rated, labels);
        plot.Axes.SetLimitsY(0, 49);
        return Render(plot, outcome);
    }

    /// <summary>FVC % predicted over months from the course start.</summary>
    public static string Fvc(PatientOutcome outcome, OutcomeChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = NewPlot(outcome, labels, labels.FvcPercent);
        var measured = outcome.Points.Where(p => p.FvcPercentPredicted is not null).ToList();
        ClinicalCharts.Line(plot, [.. measured.Select(p => p.MonthsFromCourseStart)], [.. measured.Select(p => p.FvcPercentPredicted!.Value)],
            labels.FvcPercent, Colors.SteelBlue, 2);
        plot.Axes.SetLimitsY(0, Math.Max(120, measured.Count == 0 ? 0 : measured.Max(p => p.FvcPercentPredicted!.Value) + 10));
        return Render(plot, outcome);
    }

    /// <summary>Body weight over months from the course start: at assessments, and weighed before infusions.</summary>
    public static string Weight(PatientOutcome outcome, OutcomeChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = NewPlot(outcome, labels, labels.WeightKg);
        foreach (var (source, label, shape, color) in new[]
        {
            ("assessment", labels.WeightAtAssessment, MarkerShape.FilledCircle, Colors.Black),
            ("infusion", labels.WeightBeforeInfusion, MarkerShape.OpenSquare, Colors.DarkRed),
        })
        {
            Marks(plot, [.. outcome.Weights.Where(w => w.Source == source).Select(w => (w.MonthsFromCourseStart, (double)w.Kilograms))], label, shape, 7,
                color, joined: source == "assessment");
        }
        if (outcome.Weights.Count > 0)
        {
            var (low, high) = ((double)outcome.Weights.Min(w => w.Kilograms), (double)outcome.Weights.Max(w => w.Kilograms));
            plot.Axes.SetLimitsY(Math.Max(0, low - 5), high + 5);
        }
        return Render(plot, outcome);
    }

    /// <summary>The ENCALS curve from onset with the actual status marked: the event, or event-free as last known.</summary>
    public static string Encals(EncalsAgainstStatus encals, OutcomeChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(encals);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = ClinicalCharts.NewPlot(labels.MonthsSinceOnset, labels.EventFreeProbability);
        ClinicalCharts.EncalsCurve(plot, [.. encals.Curve.Select(c => c.X)], [.. encals.Curve.Select(c => c.Y)], encals.MedianMonthsFromOnset,
            labels.EncalsCurve, labels.Median);
        if (encals.Status.MonthsFromOnset is { } months && encals.PredictedAtStatus is { } predicted)
        {
            var eventFree = encals.Status.Event is null;
            Marks(plot, [(months, predicted)], eventFree ? labels.EventFreeAtLastVisit : labels.EventOccurred,
                eventFree ? MarkerShape.FilledCircle : MarkerShape.Cross, 12, Colors.DarkRed);
            var line = plot.Add.VerticalLine(months);
            line.Color = Colors.DarkRed;
        }
        plot.Axes.SetLimits(0, encals.Curve[^1].X, 0, 1.02);
        return plot.GetSvgXml(ClinicalCharts.Width, ClinicalCharts.Height);
    }

    // Every chart over time spans the same months (visits, weighings and the course), so they line up on the page.
    private static string Render(Plot plot, PatientOutcome outcome)
    {
        IEnumerable<double> months = [.. outcome.Points.Select(p => p.MonthsFromCourseStart), .. outcome.Weights.Select(w => w.MonthsFromCourseStart), 0,
            outcome.Course?.LengthMonths ?? 0];
        var (first, last) = (months.Min(), months.Max());
        var margin = Math.Max(0.5, (last - first) * 0.03);
        plot.Axes.SetLimitsX(first - margin, last + margin);
        return plot.GetSvgXml(ClinicalCharts.Width, ClinicalCharts.Height);
    }

    private static Plot NewPlot(PatientOutcome outcome, OutcomeChartLabels labels, string yLabel)
    {
        var plot = ClinicalCharts.NewPlot(outcome.Course is null ? labels.MonthsFromFirstVisit : labels.MonthsFromCourseStart, yLabel);
        if (outcome.Course is { } course)
        {
            // At least a few days wide, so a course of one day still shows.
            var span = plot.Add.HorizontalSpan(0, Math.Max(course.LengthMonths, 0.1));
            span.LegendText = labels.Course;
            span.FillStyle.Color = CourseShade;
            span.LineStyle.Width = 0;
        }
        return plot;
    }

    private static void SelfRated(Plot plot, List<OutcomePoint> rated, OutcomeChartLabels labels)
    {
        Marks(plot, [.. rated.Where(p => p.SelfRated).Select(p => (p.MonthsFromCourseStart, (double)p.Total!.Value))], labels.SelfRated,
            MarkerShape.OpenTriangleUp, 11, Colors.Crimson);
    }

    // Points with one marker, not joined unless asked; nothing (and no legend entry) when there are none.
    private static void Marks(Plot plot, List<(double X, double Y)> points, string label, MarkerShape shape, float size, Color color, bool joined = false)
    {
        if (points.Count == 0)
        {
            return;
        }
        double[] xs = [.. points.Select(p => p.X)];
        double[] ys = [.. points.Select(p => p.Y)];
        var marks = plot.Add.Scatter(xs, ys);
        marks.LegendText = label;
        marks.LineWidth = joined ? 1 : 0;
        marks.MarkerShape = shape;
        marks.MarkerSize = size;
        marks.Color = color;
    }

    private static void Band(Plot plot, IReadOnlyList<BandPoint> band, string label, Color color)
    {
        if (band.Count == 0)
        {
            return;
        }
        double[] xs = [.. band.Select(b => b.MonthsFromCourseStart)];
        double[] lower = [.. band.Select(b => b.Lower)];
        double[] upper = [.. band.Select(b => b.Upper)];
        var fill = plot.Add.FillY(xs, lower, upper);
        fill.LegendText = label;
        fill.FillColor = color;
    }

    // The period's OLS line across the months of its own visits.
    private static void FittedLine(Plot plot, IReadOnlyList<OutcomePoint> points, SlopeSummary summary, string period, string label, Color color)
    {
        if (summary is not { Slope: { } slope, Intercept: { } intercept })
        {
            return;
        }
        var months = points.Where(p => p.Period == period && p.Total is not null).Select(p => p.MonthsFromCourseStart).ToList();
        double[] xs = [months.Min(), months.Max()];
        double[] ys = [.. xs.Select(x => intercept + (slope.Estimate * x))];
        var line = plot.Add.ScatterLine(xs, ys);
        line.LegendText = label;
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dashed;
        line.Color = color;
    }
}

/// <summary>The outcome charts' texts in the interface language.</summary>
public sealed record OutcomeChartLabels(
    string MonthsFromCourseStart,
    string MonthsFromFirstVisit,
    string Course,
    string AlsfrsR,
    string AlsfrsRTotal,
    string Total,
    string Bulbar,
    string FineMotor,
    string GrossMotor,
    string Respiratory,
    string ClinicianRated,
    string SelfRated,
    string SlopeBefore,
    string SlopeAfter,
    string OwnTrendRange,
    string PopulationRange,
    string FvcPercent,
    string WeightKg,
    string WeightAtAssessment,
    string WeightBeforeInfusion,
    string MonthsSinceOnset,
    string EventFreeProbability,
    string EncalsCurve,
    string Median,
    string EventFreeAtLastVisit,
    string EventOccurred)
{
    /// <summary>The labels from the page's localizer.</summary>
    public static OutcomeChartLabels From(IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return new OutcomeChartLabels(localizer["Months from the course start"], localizer["Months from the first visit"], localizer["Treatment course"],
            localizer["ALSFRS-R"], localizer["ALSFRS-R total"], localizer["Total"], localizer["Bulbar"], localizer["Fine motor"], localizer["Gross motor"],
            localizer["Respiratory"], localizer["Rated by a clinician"], localizer["Self-rated"], localizer["Slope before the course"],
            localizer["Slope after the course"], localizer["Expected from the patient's earlier course (95%)"],
            localizer["Expected from the population (95% of patients)"], localizer["FVC % predicted"], localizer["Weight (kg)"],
            localizer["At an assessment"], localizer["Weighed before an infusion"], localizer["Months since onset"], localizer["Event-free probability"],
            localizer["ENCALS curve"], localizer["Median"], localizer["Event-free when last seen"], localizer["Endpoint reached"]);
    }
}
