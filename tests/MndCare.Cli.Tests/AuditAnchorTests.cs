using Microsoft.EntityFrameworkCore;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Cli.Tests;

// The chain head is anchored outside the database (docs/adr/0021-audit-chain-anchored-outside-the-database.md): a tail
// deleted together with a consistently rewound head row passes the chain's own check but not the anchors.
public sealed class AuditAnchorTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Verify_RecordsTheHead_ThenFindsATruncatedTailWithARewoundHead(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var anchors = CommandTests.AnchorPath(database);
        File.Delete(anchors);
        Assert.Equal(0, (await CommandTests.RunAsync(database, "demo", "seed", "--patients", "5")).ExitCode);

        var first = await CommandTests.RunAsync(database, "audit", "verify");
        long last;
        await using (var db = database.CreateContext())
        {
            last = await db.AuditEvents.MaxAsync(e => e.Sequence);
        }
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Head recorded in {anchors}: event {last}", first.Output, StringComparison.Ordinal);
        var line = Assert.Single(await File.ReadAllLinesAsync(anchors, TestContext.Current.CancellationToken));
        Assert.Contains($"\"sequence\":{last},", line, StringComparison.Ordinal);
        Assert.Contains("\"source\":\"mndcare audit verify\"", line, StringComparison.Ordinal);

        await using (var db = database.CreateContext())
        {
            // A database superuser removes the last three events and rewinds the head row to the new last one.
            var bypass = provider == DatabaseProvider.Sqlite
                ? "DROP TRIGGER audit_events_no_delete"
                : "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete";
            await db.Database.ExecuteSqlRawAsync(bypass);
            await db.Database.ExecuteSqlAsync($"DELETE FROM audit_events WHERE sequence > {last - 3}");
            var newLast = await db.AuditEvents.SingleAsync(e => e.Sequence == last - 3);
            await db.Database.ExecuteSqlAsync($"UPDATE audit_chain_heads SET last_sequence = {newLast.Sequence}, last_hash = {newLast.Hash}");
        }
        var tampered = await CommandTests.RunAsync(database, "audit", "verify");

        Assert.Equal(2, tampered.ExitCode);
        Assert.Contains($"BROKEN at event {last - 2}", tampered.Output, StringComparison.Ordinal);
        Assert.Contains("the anchor recorded at ", tampered.Output, StringComparison.Ordinal);
        Assert.Contains($"by mndcare audit verify (event {last}, hash ", tampered.Output, StringComparison.Ordinal);
        Assert.Contains("events at the end were removed and the chain head rewound", tampered.Output, StringComparison.Ordinal);
        Assert.Single(await File.ReadAllLinesAsync(anchors, TestContext.Current.CancellationToken)); // a broken chain is never anchored
        // Without the anchor, the rewound chain would look intact: the anchor is what finds it.
        File.Delete(anchors);
        Assert.Equal(0, (await CommandTests.RunAsync(database, "audit", "verify")).ExitCode);
        File.Delete(anchors);
    }

    [Fact]
    public async Task Verify_AnUnreadableAnchorFile_IsNotPassedAsIntact()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        Assert.Equal(0, (await CommandTests.RunAsync(database, "demo", "seed", "--patients", "3")).ExitCode);
        await File.WriteAllTextAsync(CommandTests.AnchorPath(database), "{\"sequence\":1,\"hash\":\"short\"}\n", TestContext.Current.CancellationToken);

        var run = await CommandTests.RunAsync(database, "audit", "verify");

        File.Delete(CommandTests.AnchorPath(database));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 1 of the anchor file", run.Output, StringComparison.Ordinal);
    }
}
