using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Auditing;
using MndCare.Persistence.Auditing;
using MndCare.Testing;

namespace MndCare.Persistence.Tests;

// Security test plan AU-04 (a) and AU-05: the database refuses changes to audit events; appends are atomic.
public sealed class AuditTableTests
{
    private static readonly AuditActor Actor = new(null, "system", "", "test", "127.0.0.1");

    private static async Task AppendAsync(TestDatabase database, int count, bool commit = true)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var entries = Enumerable.Range(0, count).Select(i => new AuditEntry("test.append", AuditOutcome.Success) { EntityId = $"e{i}" }).ToList();
        await AuditLedger.AppendAsync(db, entries, Actor, TimeProvider.System, CancellationToken.None);
        if (commit)
        {
            await transaction.CommitAsync();
        }
    }

    private static async Task<List<AuditRecord>> ReadAllAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Update_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AppendAsync(database, 1);
        await using var db = database.CreateContext();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_events SET actor_name = 'mallory'"));
        Assert.Equal("system", (await ReadAllAsync(database)).Single().ActorName);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Delete_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AppendAsync(database, 2);
        await using var db = database.CreateContext();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_events"));
        Assert.Equal(2, (await ReadAllAsync(database)).Count);
    }

    [Fact]
    public async Task Truncate_IsRefusedOnPostgres()
    {
        Assert.SkipWhen(TestDatabase.PostgresServer is null, $"{TestDatabase.PostgresVariable} is not set (SQLite has no TRUNCATE)");
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        await AppendAsync(database, 1);
        await using var db = database.CreateContext();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE audit_events"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Append_RolledBack_LeavesNoEventAndTheHeadUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AppendAsync(database, 2);
        await AppendAsync(database, 3, commit: false);
        await AppendAsync(database, 1);

        var events = await ReadAllAsync(database);
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Sequence));
        Assert.True(AuditChain.Verify(events).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Append_FromParallelWriters_GivesOneGaplessIntactChain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await AppendAsync(database, 2);
            }
        })));

        var events = await ReadAllAsync(database);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => (long)i), events.Select(e => e.Sequence));
        Assert.True(AuditChain.Verify(events).IsIntact);
        await using var db = database.CreateContext();
        var head = await db.AuditChainHeads.SingleAsync();
        Assert.Equal((80L, events[^1].Hash), (head.LastSequence, head.LastHash));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Append_RoundTripsEveryFieldExactly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var entry = new AuditEntry("patient.update", AuditOutcome.Success)
            {
                ClinicId = Guid.CreateVersion7(),
                EntityType = "patient",
                EntityId = "x",
                Changes = [new FieldChange("nativeName", "王芳", "<script>王芳</script>"), new FieldChange("phone", null, "+86 1")],
                Reason = "corrected spelling",
                Details = "{\"a\":1}",
            };
            await AuditLedger.AppendAsync(db, [entry], new AuditActor(Guid.CreateVersion7(), "Dr 李", "Clinician", "corr", "::1"),
                TimeProvider.System, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var stored = Assert.Single(await ReadAllAsync(database));

        Assert.Equal(AuditChain.ComputeHash(stored), stored.Hash);
        Assert.Equal("<script>王芳</script>", stored.Changes[0].New);
    }
}
