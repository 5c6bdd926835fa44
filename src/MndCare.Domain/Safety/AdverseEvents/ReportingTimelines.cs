using MndCare.Domain.Results;

namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>The expedited-reporting deadlines of a jurisdiction, in calendar days from first knowledge.</summary>
/// <remarks>ICH E2A (1994) III.B.1: fatal or life-threatening unexpected ADRs no later than 7 calendar days after first knowledge;
/// III.B.2: other serious unexpected ADRs no later than 15 calendar days (../shared/reference/therapy-safety-tcm.md C3). National
/// rules may differ, so the days are configurable (ADR 0033).</remarks>
public sealed record ReportingTimelines(string Jurisdiction, int FatalOrLifeThreateningDays, int OtherSeriousDays)
{
    /// <summary>ICH E2A III.B.1: 7 calendar days.</summary>
    public const int IchE2AFatalOrLifeThreateningDays = 7;

    /// <summary>ICH E2A III.B.2: 15 calendar days.</summary>
    public const int IchE2AOtherSeriousDays = 15;

    /// <summary>The longest deadline accepted, in days.</summary>
    public const int MaxDays = 90;

    /// <summary>The ICH E2A deadlines.</summary>
    public static ReportingTimelines IchE2A { get; } = new("ICH E2A", IchE2AFatalOrLifeThreateningDays, IchE2AOtherSeriousDays);

    /// <summary>Checked deadlines: each 1–90 days, the fatal or life-threatening one not longer than the other.</summary>
    /// <param name="jurisdiction">The jurisdiction's name, shown with the deadline.</param>
    /// <param name="fatalOrLifeThreateningDays">Days for fatal or life-threatening cases.</param>
    /// <param name="otherSeriousDays">Days for other serious cases.</param>
    public static Result<ReportingTimelines> Create(string? jurisdiction, int fatalOrLifeThreateningDays, int otherSeriousDays)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(jurisdiction))
        {
            errors.Add(new ValidationError("jurisdiction", ValidationError.Required, "Name the jurisdiction."));
        }
        foreach (var (field, days) in new[] { ("fatalOrLifeThreateningDays", fatalOrLifeThreateningDays), ("otherSeriousDays", otherSeriousDays) })
        {
            if (days is < 1 or > MaxDays)
            {
                errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} is 1 to {MaxDays} days."));
            }
        }
        if (fatalOrLifeThreateningDays > otherSeriousDays)
        {
            errors.Add(new ValidationError("fatalOrLifeThreateningDays", ValidationError.OutOfRange,
                "Fatal or life-threatening cases cannot have longer than other serious cases."));
        }
        return errors.Count > 0 ? Result<ReportingTimelines>.Failure(errors)
            : new ReportingTimelines(jurisdiction!.Trim(), fatalOrLifeThreateningDays, otherSeriousDays);
    }
}

/// <summary>Whether an event is related to any suspect (ADR 0033).</summary>
public enum Relatedness
{
    /// <summary>Some suspect's causality is possible or stronger.</summary>
    Related,

    /// <summary>Causality is not assessed for every suspect yet and none is related so far: presumed related until assessed.</summary>
    Pending,

    /// <summary>Every suspect is assessed, none possible or stronger.</summary>
    Unrelated,
}

/// <summary>The expedited-reporting clock of one event: how many days, and the day the report is due.</summary>
/// <param name="Days">The deadline in calendar days from first knowledge.</param>
/// <param name="DueOn">First knowledge + days (the clinic's calendar).</param>
/// <param name="FatalOrLifeThreatening">Whether the short deadline applies.</param>
public sealed record ReportingClock(int Days, DateOnly DueOn, bool FatalOrLifeThreatening)
{
    /// <summary>The clock of an event, or null when none runs: it runs for serious events that are not expected (an unjudged
    /// expectedness counts as unexpected) and related or pending assessment (ICH E2A III.B; ADR 0033).</summary>
    /// <param name="seriousness">The ICH E2A criteria met.</param>
    /// <param name="expected">Whether the event is expected; null when not judged.</param>
    /// <param name="related">Whether it is related.</param>
    /// <param name="firstKnownOn">The clinic's date of first knowledge.</param>
    /// <param name="timelines">The jurisdiction's deadlines.</param>
    public static ReportingClock? For(IReadOnlyCollection<SeriousnessCriterion> seriousness, bool? expected, Relatedness related,
        DateOnly firstKnownOn, ReportingTimelines timelines)
    {
        ArgumentNullException.ThrowIfNull(seriousness);
        ArgumentNullException.ThrowIfNull(timelines);
        if (seriousness.Count == 0 || expected == true || related == Relatedness.Unrelated)
        {
            return null;
        }
        var shortDeadline = seriousness.Contains(SeriousnessCriterion.Death) || seriousness.Contains(SeriousnessCriterion.LifeThreatening);
        var days = shortDeadline ? timelines.FatalOrLifeThreateningDays : timelines.OtherSeriousDays;
        return new ReportingClock(days, firstKnownOn.AddDays(days), shortDeadline);
    }

    /// <summary>Whether the report is late on <paramref name="today"/> (the due day itself is still in time).</summary>
    /// <param name="today">The clinic's date now.</param>
    public bool IsOverdue(DateOnly today) => today > DueOn;
}
