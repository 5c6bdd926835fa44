using System.Text.Json;
using MndCare.Statistics.Mixed;

namespace MndCare.Cli.Commands;

/// <summary>The JSON of <c>mndcare analyze lmm</c>, with the names; numbers round-trip (shortest exact form), an
/// undefined correlation (a standard deviation of 0) is null;
/// "singular" is added to the fields (lme4's isSingular()).</summary>
internal static class LmmResultJson
{
    public static void Write(Utf8JsonWriter json, LmmFit fit, int skippedRows, double fitSeconds)
    {
        json.WriteStartObject();
        json.WriteNumber("nObservations", fit.NObservations);
        json.WriteNumber("nGroups", fit.NGroups);
        json.WriteNumber("skippedRows", skippedRows);
        json.WriteStartObject("fixedEffects");
        foreach (var effect in fit.FixedEffects)
        {
            json.WriteStartObject(effect.Name);
            json.WriteNumber("estimate", effect.Estimate);
            json.WriteNumber("standardError", effect.StandardError);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        var random = fit.RandomEffects;
        json.WriteStartObject("randomEffects");
        json.WriteNumber("sdIntercept", random.SdIntercept);
        json.WriteNumber("sdSlope", random.SdSlope);
        if (double.IsFinite(random.Correlation))
        {
            json.WriteNumber("correlation", random.Correlation);
        }
        else
        {
            json.WriteNull("correlation");
        }
        json.WriteNumber("sdResidual", random.SdResidual);
        json.WriteEndObject();
        json.WriteNumber("remlCriterion", fit.RemlCriterion);
        json.WriteBoolean("converged", fit.Converged);
        json.WriteBoolean("singular", fit.Singular);
        json.WriteNumber("iterations", fit.Iterations);
        json.WriteNumber("fitSeconds", fitSeconds);
        json.WriteEndObject();
    }
}
