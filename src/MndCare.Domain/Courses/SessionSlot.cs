namespace MndCare.Domain.Courses;

/// <summary>When a kind of session is held on a day, by default, and how long it lasts.</summary>
/// <param name="StartsAt">The local wall-clock time in the clinic's zone.</param>
/// <param name="DurationMinutes">The length in minutes.</param>
public readonly record struct SessionSlot(TimeOnly StartsAt, int DurationMinutes)
{
    /// <summary>Shortest session, in minutes.</summary>
    public const int MinDurationMinutes = 5;

    /// <summary>Longest session, in minutes (a working day).</summary>
    public const int MaxDurationMinutes = 600;

    /// <summary>The local time the session ends, as minutes after midnight (may pass 1440 when badly configured).</summary>
    public int EndMinuteOfDay => checked(StartsAt.Hour * 60 + StartsAt.Minute + DurationMinutes);

    /// <summary>The local time the session starts, as minutes after midnight.</summary>
    public int StartMinuteOfDay => checked(StartsAt.Hour * 60 + StartsAt.Minute);
}
