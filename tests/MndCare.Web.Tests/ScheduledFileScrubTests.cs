using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MndCare.Domain.Auditing;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan IN-01: the running application scrubs the file store on a timer and audits what it found; the
// interval counts from the last scrub in the audit trail, so a restart does not postpone it.
public sealed class ScheduledFileScrubTests
{
    private static readonly Dictionary<string, string?> EverySixHours = new() { ["Files:ScrubIntervalHours"] = "6" };

    [Fact]
    public async Task Scrub_RunsSoonAfterTheFirstStart_ThenEveryInterval_AndAuditsOrphanedBlobs()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, EverySixHours, clock);
        _ = factory.Services;
        var orphan = Path.Combine(factory.FilesRoot, "blobs", "ef", "ef" + new string('7', 30));
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        await File.WriteAllBytesAsync(orphan, [1, 2, 3], TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddHours(-2));

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(await ScrubsAsync(database, 0));
        clock.Advance(TimeSpan.FromMinutes(1));
        var first = Assert.Single(await ScrubsAsync(database, 1));
        clock.Advance(TimeSpan.FromHours(6) - TimeSpan.FromMinutes(1));
        Assert.Single(await ScrubsAsync(database, 1));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await ScrubsAsync(database, 2)).Count);

        Assert.Equal(("system", "timer: files scrub", AuditOutcome.Success), (first.ActorName, first.ClientAddress, first.Outcome));
        Assert.Contains("\"orphanedBlobs\":1", first.Details, StringComparison.Ordinal);
        Assert.True(File.Exists(orphan), "the schedule reports orphans; only the command line reclaims them");
    }

    [Fact]
    public async Task Scrub_AfterARestart_WaitsOnlyForWhatIsLeftOfTheInterval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (var before = new MndCareWebFactory(database, EverySixHours, clock))
        {
            _ = before.Services;
            clock.Advance(TimeSpan.FromMinutes(5));
            Assert.Single(await ScrubsAsync(database, 1));
        }

        clock.Advance(TimeSpan.FromHours(3));
        await using var after = new MndCareWebFactory(database, EverySixHours, clock);
        _ = after.Services;
        clock.Advance(TimeSpan.FromHours(3) - TimeSpan.FromMinutes(1));
        Assert.Single(await ScrubsAsync(database, 1));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await ScrubsAsync(database, 2)).Count);
    }

    private static async Task<List<AuditRecord>> ScrubsAsync(TestDatabase database, int expected)
    {
        // The timer fires on the fake clock, but the scrub itself runs on a thread-pool thread.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = database.CreateContext();
            var scrubs = await db.AuditEvents.AsNoTracking().Where(e => e.Action == "files.scrub").ToListAsync(TestContext.Current.CancellationToken);
            if (scrubs.Count >= expected || attempt == 200)
            {
                return scrubs;
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
