using System.CommandLine;

namespace MndCare.Cli.Commands;

/// <summary>mndcare analyze survival --input SURVIVAL.csv [--output RESULT.json].</summary>
internal static class AnalyzeSurvivalCommand
{
    public static Command Create() => new("survival", "Kaplan–Meier and Cox proportional hazards (as R's survival package).");
}
