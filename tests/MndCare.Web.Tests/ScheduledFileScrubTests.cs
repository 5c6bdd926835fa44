using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MndCare.Domain.Auditing;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan IN-01: the running application scrubs the file store on a timer and audits what it found.
public sealed class ScheduledFileScrubTests
{
    [Fact]
    public async Task Scrub_RunsWhenTheIntervalHasPassed_AndAuditsOrphanedBlobs()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Files:ScrubIntervalHours"] = "6" }, clock);
        _ = factory.Services;
        var orphan = Path.Combine(factory.FilesRoot, "blobs", "ef", "ef" + new string('7', 30));
        Directory.CreateDirectory(Path.GetDirectoryName(orphan)!);
        await File.WriteAllBytesAsync(orphan, [1, 2, 3], TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddHours(-2));

        clock.Advance(TimeSpan.FromHours(5));
        var before = await ScrubsAsync(database);
        clock.Advance(TimeSpan.FromHours(1));
        var after = await ScrubsAsync(database, waitForOne: true);

        Assert.Empty(before);
        var scrub = Assert.Single(after);
        Assert.Equal(("system", "timer: files scrub", AuditOutcome.Success), (scrub.ActorName, scrub.ClientAddress, scrub.Outcome));
        Assert.Contains("\"orphanedBlobs\":1", scrub.Details, StringComparison.Ordinal);
        Assert.True(File.Exists(orphan), "the schedule reports orphans; only the command line reclaims them");
    }

    private static async Task<List<AuditRecord>> ScrubsAsync(TestDatabase database, bool waitForOne = false)
    {
        // The timer fires on the fake clock, but the scrub itself runs on a thread-pool thread.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = database.CreateContext();
            var scrubs = await db.AuditEvents.AsNoTracking().Where(e => e.Action == "files.scrub").ToListAsync(TestContext.Current.CancellationToken);
            if (!waitForOne || scrubs.Count > 0 || attempt == 200)
            {
                return scrubs;
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
