using MndCare.Domain.Results;

namespace MndCare.Domain.FollowUp;

/// <summary>A clinic's follow-up schedule: the months after the end of a course at which an ALSFRS-R is due, and the window in days
/// around each due date within which a rating counts.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Schedule". The defaults (1, 3, 6 and 12 months after the end, ±14 days) are MndCare's choice,
/// ADR 0038: months 3 to 12 follow the quarterly visits of ALS clinics and trials, month 1 catches the early change after a course.</remarks>
public sealed record FollowUpPolicy
{
    /// <summary>Days before and after a due date within which a rating counts, by default.</summary>
    public const int DefaultWindowDays = 14;

    /// <summary>The shortest and the longest window, days.</summary>
    public const int MinWindowDays = 1, MaxWindowDays = 60;

    /// <summary>The latest timepoint, months after the end of a course.</summary>
    public const int MaxMonthsAfterEnd = 60;

    /// <summary>The most timepoints after the end of a course.</summary>
    public const int MaxTimepointsAfterEnd = 12;

    private FollowUpPolicy(IReadOnlyList<int> monthsAfterEnd, int windowDays)
    {
        MonthsAfterEnd = monthsAfterEnd;
        WindowDays = windowDays;
    }

    /// <summary>Months after the end of the course, strictly increasing.</summary>
    public IReadOnlyList<int> MonthsAfterEnd { get; }

    /// <summary>Days before and after each due date (before only, for the baseline) within which a rating counts.</summary>
    public int WindowDays { get; }

    /// <summary>The product default: 1, 3, 6 and 12 months after the end, ±14 days.</summary>
    public static FollowUpPolicy Default { get; } = new([1, 3, 6, 12], DefaultWindowDays);

    /// <summary>A policy, or every rule the values break: 1 to 12 timepoints, each 1 to 60 months and strictly increasing
    /// (<see cref="FollowUpErrorCodes.MonthsNotIncreasing"/>), and a window of 1 to 60 days.</summary>
    /// <param name="monthsAfterEnd">The months after the end of a course.</param>
    /// <param name="windowDays">The window, days.</param>
    public static Result<FollowUpPolicy> Create(IReadOnlyList<int>? monthsAfterEnd, int? windowDays)
    {
        var errors = new List<Error>();
        if (monthsAfterEnd is null || monthsAfterEnd.Count == 0)
        {
            errors.Add(new ValidationError("monthsAfterEnd", ValidationError.Required, "Give at least one follow-up month."));
        }
        else if (monthsAfterEnd.Count > MaxTimepointsAfterEnd || monthsAfterEnd.Any(m => m is < 1 or > MaxMonthsAfterEnd))
        {
            errors.Add(new ValidationError("monthsAfterEnd", ValidationError.OutOfRange,
                $"Give 1 to {MaxTimepointsAfterEnd} follow-up months, each from 1 to {MaxMonthsAfterEnd}."));
        }
        else if (monthsAfterEnd.Zip(monthsAfterEnd.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            errors.Add(new ValidationError("monthsAfterEnd", FollowUpErrorCodes.MonthsNotIncreasing, "The follow-up months must increase."));
        }
        if (windowDays is null)
        {
            errors.Add(new ValidationError("windowDays", ValidationError.Required, "Give the window in days."));
        }
        else if (windowDays is < MinWindowDays or > MaxWindowDays)
        {
            errors.Add(new ValidationError("windowDays", ValidationError.OutOfRange, $"The window must be from {MinWindowDays} to {MaxWindowDays} days."));
        }
        return errors.Count > 0 ? Result<FollowUpPolicy>.Failure(errors) : new FollowUpPolicy([.. monthsAfterEnd!], windowDays!.Value);
    }
}
