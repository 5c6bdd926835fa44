using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MndCare.Application.Access;
using MndCare.Application.Files;
using MndCare.Domain.Identifiers;
using MndCare.Persistence;

namespace MndCare.Web.Infrastructure.Files;

/// <summary>Runs <see cref="FileScrub"/> every <see cref="FileStoreOptions.ScrubIntervalHours"/> hours while the application runs
/// (security test plan IN-01); broken files raise a critical log event as well as the audit row.</summary>
/// <remarks>The interval counts from the last scrub in the audit trail, so restarts never postpone it; when there has been
/// none, the first comes a few minutes after start.</remarks>
internal sealed partial class ScheduledFileScrub(
    IServiceScopeFactory scopes, IOptions<FileStoreOptions> options, TimeProvider clock, ILogger<ScheduledFileScrub> logger) : BackgroundService
{
    /// <summary>The shortest wait after start, so a restart never competes with the first requests.</summary>
    public static readonly TimeSpan StartDelay = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hours = options.Value.ScrubIntervalHours;
        if (hours == 0)
        {
            return;
        }
        var interval = TimeSpan.FromHours(hours);
        // Runs are scheduled at absolute times, so a slow scrub or a late timer never shifts the ones after it.
        var earliest = clock.GetUtcNow() + StartDelay;
        try
        {
            var due = await LastScrubAsync(stoppingToken) is { } last && last + interval > earliest ? last + interval : earliest;
            while (true)
            {
                var wait = due - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
                await RunOnceAsync(stoppingToken);
                due += interval;
                if (due < clock.GetUtcNow())
                {
                    due = clock.GetUtcNow();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    private async Task<DateTimeOffset?> LastScrubAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
            var last = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == FileScrub.EntityType && e.Action == FileScrub.Action)
                .MaxAsync(e => (DateTime?)e.OccurredAtUtc, cancellationToken);
            return last is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without the audit trail, count from start.
            LogScrubFailed(logger, e);
            return null;
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var actor = Actor.System(RecordId.New(clock).ToString("N"), "timer: files scrub");
            var result = await scope.ServiceProvider.GetRequiredService<FileScrub>().RunAsync(actor, reclaimOrphans: false, cancellationToken);
            if (result.Failures.Count > 0)
            {
                LogBrokenFiles(logger, result.Failures.Count, result.Checked,
                    string.Join(", ", result.Failures.Select(f => $"{f.FileId:D} ({f.Reason})")));
            }
            if (result.OrphanedBlobs.Count > 0)
            {
                LogOrphanedBlobs(logger, result.OrphanedBlobs.Count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run tries again; the audit trail shows no scrub for this one.
            LogScrubFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 9002, Level = LogLevel.Critical,
        Message = "The scheduled file scrub found {Broken} of {Checked} stored files broken: {Files}. They are not served.")]
    private static partial void LogBrokenFiles(ILogger logger, int broken, int @checked, string files);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning,
        Message = "The scheduled file scrub found {Orphans} orphaned blobs; run 'mndcare files scrub --reclaim-orphans' to delete them.")]
    private static partial void LogOrphanedBlobs(ILogger logger, int orphans);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Error, Message = "The scheduled file scrub failed to run.")]
    private static partial void LogScrubFailed(ILogger logger, Exception exception);
}
