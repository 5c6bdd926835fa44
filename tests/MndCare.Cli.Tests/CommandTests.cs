using Microsoft.EntityFrameworkCore;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Cli.Tests;

public sealed class CommandTests
{
    internal static string[] DatabaseArgs(TestDatabase database) => database.Provider == DatabaseProvider.Sqlite
        ? ["--provider", "sqlite", "--sqlite", database.SqlitePath!]
        : ["--provider", "postgres", "--connection", database.ConnectionString];

    // Each database keeps its own anchor file, as an operator would: anchors of one chain never judge another.
    internal static string AnchorPath(TestDatabase database) =>
        Path.Combine(Path.GetTempPath(), "mndcare-anchors-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(database.ConnectionString)))[..16] + ".jsonl");

    internal static Task<CliRunner.Run> RunAsync(TestDatabase database, params string[] args) =>
        CliRunner.RunAsync(new Dictionary<string, string> { ["Audit__AnchorPath"] = AnchorPath(database) }, [.. args, .. DatabaseArgs(database)]);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task DbMigrate_AppliesThenReportsUpToDate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await RunAsync(database, "db", "migrate");
        var second = await RunAsync(database, "db", "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"Applied \d+ migration\(s\): \d+_Initial, ", first.Output);
        Assert.Equal((0, "The database is up to date."), (second.ExitCode, second.Output.Trim()));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task DemoSeed_OnAnUnmigratedDatabase_AsksForMigrate(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await RunAsync(database, "demo", "seed", "--patients", "3");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("mndcare db migrate", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task DemoSeed_PrintsWhatItAdded_TherapyIncluded_AndNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var first = await RunAsync(database, "demo", "seed", "--patients", "5", "--seed", "3");
        var second = await RunAsync(database, "demo", "seed", "--patients", "5", "--seed", "3");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Matches(@"Demo clinic created; \d+ user\(s\), 5 patient\(s\) and \d+ assessment\(s\) added\.", first.Output);
        // Seven donors and seven lots (docs/therapy/cell-product.md, "Demo data"); courses and infusions depend on the cohort.
        Assert.Matches(@"Therapy demo: 7 donor\(s\), 7 lot\(s\), [1-9] course\(s\) and [1-9]\d* infusion\(s\) added\.", first.Output);
        Assert.Contains("Demo clinic already present; 0 user(s), 0 patient(s) and 0 assessment(s) added.", second.Output, StringComparison.Ordinal);
        Assert.Contains("Therapy demo: 0 donor(s), 0 lot(s), 0 course(s) and 0 infusion(s) added.", second.Output, StringComparison.Ordinal);
        Assert.Contains(DemoSeeder.EmailFor(ClinicRole.CellLab) + ", ", first.Output, StringComparison.Ordinal);
        Assert.Contains(DemoSeeder.SecondCellLabEmail, first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSeed_InProduction_IsRefused()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);

        var run = await CliRunner.RunAsync(new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Production" },
            ["demo", "seed", "--patients", "3", .. DatabaseArgs(database)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Production", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_WithoutConnectionString_IsAClearError()
    {
        var run = await CliRunner.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__MndCare"] = "" }, "db", "migrate", "--provider", "postgres");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ConnectionStrings:MndCare", run.Error, StringComparison.Ordinal);
    }

    // Done-when of the foundation issue: a tampered audit row is reported by `mndcare audit verify`.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AuditVerify_IntactChain_ThenNamesTheTamperedEvent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var seed = await RunAsync(database, "demo", "seed", "--patients", "15", "--seed", "3");
        Assert.Equal(0, seed.ExitCode);

        var intact = await RunAsync(database, "audit", "verify");
        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("Audit chain intact", intact.Output, StringComparison.Ordinal);

        await using (var db = database.CreateContext())
        {
            // A superuser with direct database access gets past the append-only trigger; the chain still tells.
            var bypass = provider == DatabaseProvider.Sqlite
                ? "DROP TRIGGER audit_events_no_update"
                : "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete";
            await db.Database.ExecuteSqlRawAsync(bypass);
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET reason = 'nothing to see' WHERE sequence = 5");
        }
        var tampered = await RunAsync(database, "audit", "verify");

        Assert.Equal(2, tampered.ExitCode);
        Assert.Contains("BROKEN at event 5", tampered.Output, StringComparison.Ordinal);
        Assert.Contains("4 event(s) before it are intact", tampered.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AuditVerify_DeletedTail_IsReported(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        Assert.Equal(0, (await RunAsync(database, "demo", "seed", "--patients", "5")).ExitCode);
        await using (var db = database.CreateContext())
        {
            var bypass = provider == DatabaseProvider.Sqlite
                ? "DROP TRIGGER audit_events_no_delete"
                : "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete";
            await db.Database.ExecuteSqlRawAsync(bypass);
            var last = await db.AuditEvents.MaxAsync(e => e.Sequence);
            await db.Database.ExecuteSqlAsync($"DELETE FROM audit_events WHERE sequence = {last}");
        }

        var run = await RunAsync(database, "audit", "verify");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("deleted", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AuditVerify_EventInsertedPastTheLedger_IsReported(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        Assert.Equal(0, (await RunAsync(database, "demo", "seed", "--patients", "5")).ExitCode);
        await using (var db = database.CreateContext())
        {
            var last = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync();
            var forged = last with { Id = Guid.CreateVersion7(), Sequence = last.Sequence + 1, PreviousHash = last.Hash, Reason = "forged" };
            db.AuditEvents.Add(forged with { Hash = MndCare.Domain.Auditing.AuditChain.ComputeHash(forged) });
            await db.SaveChangesAsync();
        }

        var run = await RunAsync(database, "audit", "verify");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("beyond the chain head", run.Output, StringComparison.Ordinal);
    }
}
