using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MndCare.Application.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// The running application anchors the chain head outside the database: on the auditor's check and on a schedule
// (docs/adr/0021-audit-chain-anchored-outside-the-database.md).
public sealed class AuditAnchorWebTests(ApiWorld worlds)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AuditorsCheck_RecordsTheVerifiedHead(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (auditor, user) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Auditor);

        var verified = await PageSession.SubmitAsync(auditor, "/Audit", new Dictionary<string, string>(), "/Audit?handler=Verify");
        var html = await verified.Content.ReadAsStringAsync();

        var recorded = System.Text.RegularExpressions.Regex.Match(html, "Head recorded outside the database: event (\\d+)\\.");
        Assert.True(recorded.Success, html);
        var lines = await File.ReadAllLinesAsync(world.Factory.AuditAnchorPath, TestContext.Current.CancellationToken);
        Assert.Contains(lines, l => l.Contains($"\"sequence\":{recorded.Groups[1].Value},", StringComparison.Ordinal)
            && l.Contains(user.Id.ToString("D"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Checkpoint_RecordsTheHeadEveryInterval_AndIsAudited()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Audit:CheckpointIntervalMinutes"] = "30" }, clock);
        (await factory.CreateClient().GetAsync("/api/patients", TestContext.Current.CancellationToken)).Dispose(); // one audited refusal

        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Empty(await CheckpointsAsync(database, 0));
        clock.Advance(TimeSpan.FromMinutes(1));
        var first = Assert.Single(await CheckpointsAsync(database, 1));
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(2, (await CheckpointsAsync(database, 2)).Count);

        Assert.Equal(("system", "timer: audit checkpoint"), (first.ActorName, first.ClientAddress));
        var lines = await File.ReadAllLinesAsync(factory.AuditAnchorPath, TestContext.Current.CancellationToken);
        Assert.Equal(2, lines.Length);
        Assert.Contains($"\"sequence\":{first.Sequence - 1},", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"source\":\"timer: audit checkpoint\"", lines[0], StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditChainCheck>().VerifyAsync(CancellationToken.None)).IsIntact);
    }

    private static async Task<List<Domain.Auditing.AuditRecord>> CheckpointsAsync(TestDatabase database, int expected)
    {
        // The timer fires on the fake clock, but the checkpoint itself runs on a thread-pool thread.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = database.CreateContext();
            var found = await db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditChainCheck.CheckpointAction)
                .ToListAsync(TestContext.Current.CancellationToken);
            if (found.Count >= expected || attempt == 200)
            {
                return found;
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
