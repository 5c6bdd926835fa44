using MndCare.Application.Infusions;
using MndCare.Domain.Infusions;
using MndCare.Web.Features.Charts;
using ScottPlot;

namespace MndCare.Web.Features.Infusions;

/// <summary>Draws an infusion's temperatures as SVG: the readings over minutes from the start, the fever threshold (38.0 °C) and the
/// readings outside the normal range as large red points.</summary>
/// <remarks>Numbers and axis labels only, never a name or an identifier (like <see cref="ClinicalCharts"/>).</remarks>
public static class VitalSignsChart
{
    private const string Font = "DejaVu Sans";

    /// <summary>The temperature chart, or null when nothing is recorded.</summary>
    public static string? Temperature(InfusionView infusion, string minutesLabel, string temperatureLabel, string feverLabel, string outOfRangeLabel)
    {
        ArgumentNullException.ThrowIfNull(infusion);
        if (infusion.VitalSigns.Count == 0)
        {
            return null;
        }
        var origin = infusion.StartedAt ?? infusion.VitalSigns.Min(v => v.TakenAt);
        var readings = infusion.VitalSigns.OrderBy(v => v.TakenAt).ToList();
        double[] xs = [.. readings.Select(v => (v.TakenAt - origin).TotalMinutes)];
        double[] ys = [.. readings.Select(v => (double)v.TemperatureCelsius)];
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.XLabel(minutesLabel);
        plot.YLabel(temperatureLabel);
        var line = plot.Add.Scatter(xs, ys);
        line.Color = Colors.SteelBlue;
        line.LineWidth = 2;
        line.MarkerSize = 6;
        line.LegendText = temperatureLabel;
        var threshold = plot.Add.HorizontalLine((double)VitalSignRanges.FeverThresholdCelsius);
        threshold.LinePattern = LinePattern.Dashed;
        threshold.Color = Colors.DarkRed;
        threshold.LegendText = feverLabel;
        var flagged = readings.Select((v, i) => (v, i)).Where(p => p.v.Flags.Any(f => f.Field == VitalSigns.TemperatureField)).ToList();
        if (flagged.Count > 0)
        {
            var marks = plot.Add.Scatter(flagged.Select(p => xs[p.i]).ToArray(), flagged.Select(p => ys[p.i]).ToArray());
            marks.LineWidth = 0;
            marks.MarkerSize = 12;
            marks.Color = Colors.Red;
            marks.LegendText = outOfRangeLabel;
        }
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Axes.SetLimitsY(Math.Min(35.5, ys.Min() - 0.5), Math.Max(39.5, ys.Max() + 0.5));
        if (xs.Length == 1)
        {
            plot.Axes.SetLimitsX(xs[0] - 15, xs[0] + 15);
        }
        return plot.GetSvgXml(ClinicalCharts.Width, ClinicalCharts.Height);
    }
}
