namespace MndCare.Domain.Infusions;

/// <summary>One due vital-signs reading: when it is due, its window, and the reading that counted for it.</summary>
/// <param name="Kind">Baseline, during or after the infusion.</param>
/// <param name="DueAt">When the reading is due (for the baseline, the start).</param>
/// <param name="WindowStart">The earliest time a reading counts for it.</param>
/// <param name="WindowEnd">The latest time a reading counts for it.</param>
/// <param name="RecordedAt">When the reading that counted was taken; null when none did.</param>
/// <param name="Status">Recorded, due, upcoming or overdue.</param>
public sealed record MonitoringCheckpoint(CheckpointKind Kind, DateTimeOffset DueAt, DateTimeOffset WindowStart, DateTimeOffset WindowEnd,
    DateTimeOffset? RecordedAt, CheckpointStatus Status);
