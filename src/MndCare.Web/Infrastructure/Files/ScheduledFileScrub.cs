using Microsoft.Extensions.Options;
using MndCare.Application.Access;
using MndCare.Application.Files;
using MndCare.Domain.Identifiers;

namespace MndCare.Web.Infrastructure.Files;

/// <summary>Runs <see cref="FileScrub"/> every <see cref="FileStoreOptions.ScrubIntervalHours"/> hours while the application runs
/// (security test plan IN-01); broken files raise a critical log event as well as the audit row.</summary>
internal sealed partial class ScheduledFileScrub(
    IServiceScopeFactory scopes, IOptions<FileStoreOptions> options, TimeProvider clock, ILogger<ScheduledFileScrub> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hours = options.Value.ScrubIntervalHours;
        if (hours == 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromHours(hours), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; the audit trail shows no scrub for this one.
                LogScrubFailed(logger, e);
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var actor = Actor.System(RecordId.New(clock).ToString("N"), "timer: files scrub");
        var result = await scope.ServiceProvider.GetRequiredService<FileScrub>().RunAsync(actor, reclaimOrphans: false, cancellationToken);
        if (result.Failures.Count > 0)
        {
            LogBrokenFiles(logger, result.Failures.Count, result.Checked, string.Join(", ", result.Failures.Select(f => $"{f.FileId:D} ({f.Reason})")));
        }
        if (result.OrphanedBlobs.Count > 0)
        {
            LogOrphanedBlobs(logger, result.OrphanedBlobs.Count);
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
