using Microsoft.Extensions.Options;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Identifiers;

namespace MndCare.Web.Infrastructure.Auditing;

/// <summary>Records the audit chain's head in the anchor file every <see cref="AuditAnchorOptions.CheckpointIntervalMinutes"/> minutes
/// while the application runs (docs/adr/0021-audit-chain-anchored-outside-the-database.md).</summary>
/// <remarks>The first checkpoint comes one interval after start; a failure is logged and the next one tries again.</remarks>
internal sealed partial class ScheduledAuditCheckpoint(
    IServiceScopeFactory scopes, IOptions<AuditAnchorOptions> options, TimeProvider clock, ILogger<ScheduledAuditCheckpoint> logger) : BackgroundService
{
    /// <summary>What the anchors and audit events of this job are recorded as.</summary>
    public const string Source = "timer: audit checkpoint";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.CheckpointIntervalMinutes;
        if (minutes == 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    /// <summary>Records one checkpoint now.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var actor = Actor.System(RecordId.New(clock).ToString("N"), Source);
            await scope.ServiceProvider.GetRequiredService<AuditChainCheck>().CheckpointAsync(actor, Source, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCheckpointFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 9005, Level = LogLevel.Error, Message = "The scheduled audit checkpoint could not record the chain head.")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
