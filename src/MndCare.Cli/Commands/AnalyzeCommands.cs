using System.CommandLine;

namespace MndCare.Cli.Commands;

/// <summary>mndcare analyze: the statistics engine on CSV files (docs/statistics/).</summary>
internal static class AnalyzeCommands
{
    public static Command Create()
    {
        var analyze = new Command("analyze", "Fit the outcome models to a CSV file and write the result as JSON.");
        analyze.Add(AnalyzeLmmCommand.Create());
        analyze.Add(AnalyzeSurvivalCommand.Create());
        return analyze;
    }
}
