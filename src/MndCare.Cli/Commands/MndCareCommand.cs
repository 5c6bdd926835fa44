using System.CommandLine;

namespace MndCare.Cli.Commands;

/// <summary>The `mndcare` command tree.</summary>
internal static class MndCareCommand
{
    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "Database engine: sqlite or postgres (default: Database:Provider, else sqlite).",
        Recursive = true,
    };

    public static readonly Option<string?> Sqlite = new("--sqlite")
    {
        Description = "SQLite database file (default: Database:SqlitePath, else data/mndcare.db).",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "PostgreSQL connection string (default: ConnectionStrings:MndCare).",
        Recursive = true,
    };

    /// <summary>The command tree; <paramref name="clock"/> is the time every command reads.</summary>
    public static RootCommand Create(TimeProvider clock)
    {
        var root = new RootCommand("MndCare: motor neuron disease clinic platform.");
        root.Add(Provider);
        root.Add(Sqlite);
        root.Add(Connection);
        root.Add(DbCommands.Create());
        root.Add(DemoCommands.Create());
        root.Add(AuditCommands.Create());
        root.Add(FilesCommands.Create());
        root.Add(AssessCommand.Create(clock));
        root.Add(GradeCommand.Create());
        root.Add(AnalyzeCommands.Create());
        return root;
    }

    public static DatabaseOverrides Overrides(ParseResult parse) =>
        new(parse.GetValue(Provider), parse.GetValue(Sqlite), parse.GetValue(Connection));

    /// <summary>Runs a command body, turning expected failures into a message on stderr and exit code 1.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
    }
}
