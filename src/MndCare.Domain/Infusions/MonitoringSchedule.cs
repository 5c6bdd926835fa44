namespace MndCare.Domain.Infusions;

/// <summary>Computes the due vital-signs readings of an infusion and which of them were taken, are due, or are missing.</summary>
/// <remarks>
/// Baseline: one reading in the window before the start. During: start + k × interval (k ≥ 1) while before the end,
/// leaving out one less than half an interval before the end (the end reading covers it). After: the end, then every
/// interval until <see cref="MonitoringPolicy.AfterEnd"/> after it. A reading counts for a due time when taken within
/// the tolerance either side; each reading counts once, for the earliest due time it fits. While the infusion runs, the
/// schedule reaches the next due time after now. Defaults and sources: docs/therapy/infusion.md ([S23], therapy reference A5).
/// </remarks>
public static class MonitoringSchedule
{
    /// <summary>The checkpoints of an infusion started at <paramref name="start"/> and, when it has ended, ended at <paramref name="end"/>.</summary>
    /// <param name="policy">The clinic's monitoring settings.</param>
    /// <param name="start">When the infusion started.</param>
    /// <param name="end">When it ended (completed or stopped); null while it runs.</param>
    /// <param name="readingsTakenAt">When each recorded reading was taken, in any order.</param>
    /// <param name="now">The current time.</param>
    public static IReadOnlyList<MonitoringCheckpoint> Compute(MonitoringPolicy policy, DateTimeOffset start, DateTimeOffset? end,
        IEnumerable<DateTimeOffset> readingsTakenAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(readingsTakenAt);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "The end is before the start.");
        }
        var readings = readingsTakenAt.Order().ToList();
        var checkpoints = new List<MonitoringCheckpoint>();
        Add(checkpoints, readings, CheckpointKind.Baseline, start, start - policy.BaselineWindow, start, now);
        foreach (var (kind, due) in DueTimes(policy, start, end, now))
        {
            Add(checkpoints, readings, kind, due, due - policy.Tolerance, due + policy.Tolerance, now);
        }
        return checkpoints;
    }

    private static IEnumerable<(CheckpointKind Kind, DateTimeOffset Due)> DueTimes(MonitoringPolicy policy, DateTimeOffset start,
        DateTimeOffset? end, DateTimeOffset now)
    {
        var halfInterval = policy.Interval / 2;
        for (var due = start + policy.Interval; ; due += policy.Interval)
        {
            if (end is { } e ? due > e - halfInterval : due > now + policy.Interval)
            {
                break;
            }
            yield return (CheckpointKind.During, due);
        }
        if (end is not { } ended)
        {
            yield break;
        }
        for (var after = TimeSpan.Zero; after <= policy.AfterEnd; after += policy.Interval)
        {
            yield return (CheckpointKind.After, ended + after);
        }
    }

    private static void Add(List<MonitoringCheckpoint> checkpoints, List<DateTimeOffset> readings, CheckpointKind kind,
        DateTimeOffset due, DateTimeOffset windowStart, DateTimeOffset windowEnd, DateTimeOffset now)
    {
        var index = readings.FindIndex(t => t >= windowStart && t <= windowEnd);
        DateTimeOffset? taken = index >= 0 ? readings[index] : null;
        if (index >= 0)
        {
            readings.RemoveAt(index);
        }
        var status = taken is not null ? CheckpointStatus.Recorded
            : now > windowEnd ? CheckpointStatus.Overdue
            : now >= windowStart ? CheckpointStatus.Due
            : CheckpointStatus.Upcoming;
        checkpoints.Add(new MonitoringCheckpoint(kind, due, windowStart, windowEnd, taken, status));
    }
}
