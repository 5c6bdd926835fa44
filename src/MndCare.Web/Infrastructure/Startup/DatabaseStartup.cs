using Microsoft.Extensions.Options;
using MndCare.Application.Database;
using MndCare.Application.Demo;
using MndCare.Application.Files;
using MndCare.Persistence;

namespace MndCare.Web.Infrastructure.Startup;

/// <summary>Prepares storage before the first request: migrate (SQLite only), check durability, sweep upload leftovers, seed the demo.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Enabled && app.Environment.IsProduction())
        {
            throw new InvalidOperationException("Demo mode (Demo:Enabled) is never allowed in the Production environment.");
        }
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var setup = services.GetRequiredService<DatabaseSetup>();
        if (database.Provider == DatabaseProvider.Sqlite && database.MigrateOnStart)
        {
            await setup.MigrateAsync(CancellationToken.None);
        }
        var pending = await setup.PendingMigrationsAsync(CancellationToken.None);
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}). Run: mndcare db migrate");
        }
        await setup.EnsureDurableAsync(CancellationToken.None);
        // Uploads cut off by a crash leave temp files; nothing refers to them (security test plan DR-07).
        services.GetRequiredService<EncryptedFileStore>().SweepOrphanTempFiles();

        if (demo.Enabled)
        {
            var seeder = services.GetRequiredService<DemoSeeder>();
            await seeder.SeedAsync(new DemoSeedRequest(demo.Patients, demo.Seed, demo.Password), "web: demo mode", CancellationToken.None);
        }
    }
}
