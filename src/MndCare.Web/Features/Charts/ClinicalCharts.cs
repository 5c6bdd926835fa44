using MndCare.Application.Patients;
using MndCare.Domain.Prognosis;
using ScottPlot;

namespace MndCare.Web.Features.Charts;

/// <summary>Draws the patient's course and the ENCALS curve as SVG with ScottPlot.</summary>
/// <remarks>Charts hold numbers and axis labels only, never a name or an identifier.</remarks>
public static class ClinicalCharts
{
    public const int Width = 720;
    public const int Height = 320;
    private const string Font = "DejaVu Sans";

    /// <summary>ALSFRS-R total and subscores over months since onset, with the D50 curve when it could be fitted.</summary>
    public static string AlsfrsR(PatientChart chart, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = NewPlot(labels.MonthsSinceOnset, labels.AlsfrsR);
        var points = chart.Timeline.Where(t => t.MonthsFromOnset is not null && t.AlsfrsRTotal is not null).ToList();
        double[] months = [.. points.Select(p => p.MonthsFromOnset!.Value)];
        Line(plot, months, [.. points.Select(p => (double)p.AlsfrsRTotal!.Value)], labels.Total, Colors.Black, 2);
        Line(plot, months, [.. points.Select(p => (double)p.Bulbar!.Value)], labels.Bulbar, Colors.SteelBlue, 1);
        Line(plot, months, [.. points.Select(p => (double)p.FineMotor!.Value)], labels.FineMotor, Colors.DarkOrange, 1);
        Line(plot, months, [.. points.Select(p => (double)p.GrossMotor!.Value)], labels.GrossMotor, Colors.SeaGreen, 1);
        Line(plot, months, [.. points.Select(p => (double)p.Respiratory!.Value)], labels.Respiratory, Colors.Purple, 1);
        if (chart.D50 is { } d50 && months.Length > 0)
        {
            var end = Math.Max(months.Max(), d50.D50Months) * 1.2;
            double[] xs = [.. Enumerable.Range(0, 121).Select(i => end * i / 120)];
            var fit = plot.Add.ScatterLine(xs, [.. xs.Select(d50.Predict)]);
            fit.LegendText = labels.D50Fit;
            fit.LinePattern = LinePattern.Dashed;
            fit.Color = Colors.Gray;
        }
        plot.Axes.SetLimitsY(0, 49);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>FVC in percent of predicted over months since onset.</summary>
    public static string Fvc(PatientChart chart, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = NewPlot(labels.MonthsSinceOnset, labels.FvcPercent);
        var points = chart.Timeline.Where(t => t.MonthsFromOnset is not null && t.FvcPercentPredicted is not null).ToList();
        Line(plot, [.. points.Select(p => p.MonthsFromOnset!.Value)], [.. points.Select(p => p.FvcPercentPredicted!.Value)], labels.FvcPercent,
            Colors.SteelBlue, 2);
        plot.Axes.SetLimitsY(0, Math.Max(120, points.Count == 0 ? 0 : points.Max(p => p.FvcPercentPredicted!.Value) + 10));
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>King's stage (4A, 4B and 4A+4B drawn as 4) and MiToS stage over months since onset.</summary>
    public static string Stages(PatientChart chart, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = NewPlot(labels.MonthsSinceOnset, labels.Stage);
        var points = chart.Timeline.Where(t => t.MonthsFromOnset is not null && t.KingsStage is not null).ToList();
        double[] months = [.. points.Select(p => p.MonthsFromOnset!.Value)];
        Line(plot, months, [.. points.Select(p => KingsNumber(p.KingsStage!))], labels.Kings, Colors.DarkRed, 2);
        Line(plot, months, [.. points.Select(p => (double)p.MitosStage!.Value)], labels.Mitos, Colors.Teal, 2);
        plot.Axes.SetLimitsY(-0.2, 5.2);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>The ENCALS survival curve from onset, with the median and today marked.</summary>
    public static string Encals(EncalsPrediction prediction, double? monthsToday, ChartLabels labels)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = NewPlot(labels.MonthsSinceOnset, labels.EventFreeProbability);
        var end = Math.Clamp((prediction.MedianMonthsFromOnset ?? 120) * 2.5, 60, 240);
        double[] xs = [.. Enumerable.Range(1, 240).Select(i => end * i / 240)];
        EncalsCurve(plot, xs, [.. xs.Select(prediction.Survival)], prediction.MedianMonthsFromOnset, labels.EncalsCurve, labels.Median);
        if (monthsToday is { } today && today <= end)
        {
            var line = plot.Add.VerticalLine(today);
            line.LegendText = labels.Today;
            line.Color = Colors.DarkOrange;
        }
        plot.Axes.SetLimits(0, end, 0, 1.02);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>The ENCALS curve S(t) from onset and its median, as the assessment page and the outcome page draw them.</summary>
    internal static void EncalsCurve(Plot plot, double[] months, double[] survival, double? median, string curveLabel, string medianLabel)
    {
        var curve = plot.Add.ScatterLine(months, survival);
        curve.LegendText = curveLabel;
        curve.LineWidth = 2;
        curve.Color = Colors.Black;
        if (median is { } m)
        {
            var line = plot.Add.VerticalLine(m);
            line.LegendText = medianLabel;
            line.LinePattern = LinePattern.Dashed;
            line.Color = Colors.SteelBlue;
        }
    }

    internal static Plot NewPlot(string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    internal static void Line(Plot plot, double[] xs, double[] ys, string label, Color color, float width)
    {
        if (xs.Length == 0)
        {
            return;
        }
        var scatter = plot.Add.Scatter(xs, ys);
        scatter.LegendText = label;
        scatter.Color = color;
        scatter.LineWidth = width;
        scatter.MarkerSize = 5;
    }

    private static double KingsNumber(string stage) => stage switch
    {
        "1" => 1,
        "2" => 2,
        "3" => 3,
        "5" => 5,
        _ => 4,
    };
}

/// <summary>Chart texts in the interface language.</summary>
public sealed record ChartLabels(
    string MonthsSinceOnset,
    string AlsfrsR,
    string Total,
    string Bulbar,
    string FineMotor,
    string GrossMotor,
    string Respiratory,
    string D50Fit,
    string FvcPercent,
    string Stage,
    string Kings,
    string Mitos,
    string EventFreeProbability,
    string EncalsCurve,
    string Median,
    string Today);
