using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Database;

namespace MndCare.Cli.Commands;

/// <summary>mndcare db migrate: applies pending migrations (the only way to migrate PostgreSQL).</summary>
internal static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply every pending schema migration to the configured database.");
        migrate.SetAction((parse, cancellationToken) => MndCareCommand.RunAsync(async () =>
        {
            await using var services = CliHost.Build(MndCareCommand.Overrides(parse));
            await using var scope = services.CreateAsyncScope();
            var setup = scope.ServiceProvider.GetRequiredService<DatabaseSetup>();
            var applied = await setup.MigrateAsync(cancellationToken);
            await setup.EnsureDurableAsync(cancellationToken);
            Console.WriteLine(applied.Count == 0
                ? "The database is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        }));
        var db = new Command("db", "Database schema.");
        db.Add(migrate);
        return db;
    }
}
