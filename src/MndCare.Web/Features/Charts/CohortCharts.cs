using MndCare.Application.Outcomes.Cohort;
using MndCare.Statistics.Survival;
using ScottPlot;

namespace MndCare.Web.Features.Charts;

/// <summary>Draws the cohort's charts with ScottPlot: SVG for the page, PNG for the report (<see cref="ICohortCharts"/>).</summary>
/// <remarks>Charts hold aggregate numbers and axis labels only (bands of at least five assessments, survival curves), never a patient.</remarks>
public sealed class CohortCharts : ICohortCharts
{
    /// <summary>The report's charts as PNG.</summary>
    public CohortChartImages Draw(CohortOutcome outcome, CohortWording words)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(words);
        return new CohortChartImages(Png(Trajectory(outcome.Trajectory, words)), Png(Survival(outcome.Survival.Curve, words)),
            Png(NaturalHistory(outcome.NaturalHistory, words)));
    }

    /// <summary>A chart as SVG for the page; null when there is nothing to draw.</summary>
    public static string? Svg(Plot? plot) => plot?.GetSvgXml(ClinicalCharts.Width, ClinicalCharts.Height);

    /// <summary>Mean observed ALSFRS-R by 6-month band since onset, and the model's average line before the course; null without bands.</summary>
    public static Plot? Trajectory(TrajectoryPanel panel, CohortWording words)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(words);
        if (panel.Bands.Count == 0)
        {
            return null;
        }
        var plot = ClinicalCharts.NewPlot(words.ChartWords[7], words.ChartWords[1]);
        double[] middles = [.. panel.Bands.Select(b => (b.FromMonths + b.ToMonths) / 2)];
        double[] means = [.. panel.Bands.Select(b => b.MeanTotal)];
        var observed = plot.Add.Scatter(middles, means);
        observed.LegendText = words.ChartWords[3];
        observed.LineWidth = 0;
        observed.MarkerSize = 7;
        observed.Color = Colors.Black;
        if (panel.Fit?.Effect("(Intercept)") is { } intercept && panel.Slope is { } slope)
        {
            var end = panel.Bands[^1].ToMonths;
            double[] xs = [0, end];
            double[] ys = [intercept.Estimate, intercept.Estimate + (slope.Estimate * end)];
            var model = plot.Add.ScatterLine(xs, ys);
            model.LegendText = words.ChartWords[5];
            model.Color = Colors.SteelBlue;
            model.LineWidth = 2;
        }
        plot.Axes.SetLimitsY(0, 49);
        return plot;
    }

    /// <summary>The Kaplan–Meier curve with its 95% limits; null without a curve.</summary>
    public static Plot? Survival(KaplanMeierCurve? curve, CohortWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (curve is null || curve.Steps.Count == 0)
        {
            return null;
        }
        var plot = ClinicalCharts.NewPlot(words.ChartWords[0], words.ChartWords[2]);
        Steps(plot, curve, words.ChartWords[3], Colors.Black, 2, withLimits: words.ChartWords[6]);
        plot.Axes.SetLimitsY(0, 1.02);
        return plot;
    }

    /// <summary>Observed event-free survival of the patients with a prediction and the mean ENCALS-predicted curve; null without them.</summary>
    public static Plot? NaturalHistory(NaturalHistoryPanel panel, CohortWording words)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(words);
        if (panel.Observed is not { Steps.Count: > 0 } curve || panel.Predicted.Count == 0)
        {
            return null;
        }
        var plot = ClinicalCharts.NewPlot(words.ChartWords[0], words.ChartWords[2]);
        Steps(plot, curve, words.ChartWords[3], Colors.Black, 2, withLimits: null);
        double[] months = [.. panel.Predicted.Select(p => p.Months)];
        double[] survival = [.. panel.Predicted.Select(p => p.MeanSurvival)];
        var predicted = plot.Add.ScatterLine(months, survival);
        predicted.LegendText = words.ChartWords[4];
        predicted.Color = Colors.DarkOrange;
        predicted.LineWidth = 2;
        predicted.LinePattern = LinePattern.Dashed;
        plot.Axes.SetLimitsY(0, 1.02);
        return plot;
    }

    private static byte[]? Png(Plot? plot) => plot?.GetImageBytes(ClinicalCharts.Width * 2, ClinicalCharts.Height * 2, ImageFormat.Png);

    // A step function from (0, 1) through each step, as survival curves are drawn; the limits dashed when asked.
    private static void Steps(Plot plot, KaplanMeierCurve curve, string label, Color color, float width, string? withLimits)
    {
        double[] xs = [0, .. curve.Steps.Select(s => s.Time)];
        double[] ys = [1, .. curve.Steps.Select(s => s.Survival)];
        var line = plot.Add.Scatter(xs, ys);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LegendText = label;
        line.Color = color;
        line.LineWidth = width;
        line.MarkerSize = 0;
        if (withLimits is null)
        {
            return;
        }
        foreach (var (limit, legend) in new[] { (curve.Steps.Select(s => s.Lower95), withLimits), (curve.Steps.Select(s => s.Upper95), null) })
        {
            double[] limits = [1, .. limit];
            var band = plot.Add.Scatter(xs, limits);
            band.ConnectStyle = ConnectStyle.StepHorizontal;
            band.LinePattern = LinePattern.Dotted;
            band.Color = Colors.Gray;
            band.MarkerSize = 0;
            band.LegendText = legend ?? string.Empty;
        }
    }
}
