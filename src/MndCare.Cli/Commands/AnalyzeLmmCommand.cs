using System.CommandLine;

namespace MndCare.Cli.Commands;

/// <summary>mndcare analyze lmm --input VISITS.csv [--output RESULT.json].</summary>
internal static class AnalyzeLmmCommand
{
    public static Command Create() => new("lmm", "Linear mixed model of ALSFRS-R trajectories (REML, as lme4::lmer).");
}
