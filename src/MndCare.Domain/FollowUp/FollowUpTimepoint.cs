using System.Globalization;

namespace MndCare.Domain.FollowUp;

/// <summary>One timepoint of a course's follow-up: its due date and the window of dates in which an ALSFRS-R counts for it.</summary>
/// <param name="Kind">Baseline, end of course, or months after the end.</param>
/// <param name="MonthsAfterEnd">For <see cref="FollowUpTimepointKind.AfterEnd"/>, the months; otherwise null.</param>
/// <param name="DueOn">The due date.</param>
/// <param name="WindowStart">The first date a rating counts.</param>
/// <param name="WindowEnd">The last date a rating counts.</param>
public sealed record FollowUpTimepoint(FollowUpTimepointKind Kind, int? MonthsAfterEnd, DateOnly DueOn, DateOnly WindowStart, DateOnly WindowEnd)
{
    /// <summary>The wire name: "baseline", "endOfCourse", or "month" and the months ("month3").</summary>
    public string Code => Kind switch
    {
        FollowUpTimepointKind.Baseline => "baseline",
        FollowUpTimepointKind.EndOfCourse => "endOfCourse",
        FollowUpTimepointKind.AfterEnd => "month" + MonthsAfterEnd!.Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Whether <paramref name="date"/> lies in the window.</summary>
    /// <param name="date">A date.</param>
    public bool Contains(DateOnly date) => date >= WindowStart && date <= WindowEnd;
}

/// <summary>An ALSFRS-R rating that may count for a timepoint.</summary>
/// <param name="AssessmentId">The assessment (its current version).</param>
/// <param name="RatedOn">The date of the rating.</param>
/// <param name="SelfAdministered">Whether the patient or a caregiver rated it.</param>
public sealed record FollowUpRating(Guid AssessmentId, DateOnly RatedOn, bool SelfAdministered);

/// <summary>A timepoint with its status today and the rating that counts for it, if any.</summary>
/// <param name="Timepoint">The timepoint.</param>
/// <param name="Status">Its status.</param>
/// <param name="Rating">The rating that counts, or null.</param>
public sealed record FollowUpTimepointState(FollowUpTimepoint Timepoint, FollowUpStatus Status, FollowUpRating? Rating);
