using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace MndCare.Web.Features.Charts;

/// <summary>Makes a ScottPlot SVG safe to place inside a page: no XML declaration, ids unique per chart.</summary>
/// <remarks>Each plot numbers its clip paths from the same start, so two charts on one page would share ids.</remarks>
public static partial class InlineSvg
{
    [GeneratedRegex("""(id="|url\(#)(cl_)""")]
    private static partial Regex ClipIds();

    public static IHtmlContent Embed(string svg, string chartName, string title)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var body = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        body = ClipIds().Replace(body, "$1" + chartName + "_$2");
        // The SVG is drawn by ScottPlot from numbers and our own labels; the title is encoded.
        var titled = body.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(title)}\" viewBox=\"0 0 {ClinicalCharts.Width} {ClinicalCharts.Height}\" ",
            StringComparison.Ordinal);
        return new HtmlString(titled);
    }
}
