namespace MndCare.Domain.FollowUp;

/// <summary>Where a follow-up timepoint stands today.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Status".</remarks>
public enum FollowUpStatus
{
    /// <summary>Its window has not opened yet.</summary>
    Upcoming,

    /// <summary>The window is open and the due date not yet passed.</summary>
    Due,

    /// <summary>The due date has passed; the window is still open.</summary>
    Overdue,

    /// <summary>The window closed without a rating (missed follow-up).</summary>
    Missed,

    /// <summary>An ALSFRS-R is dated in the window.</summary>
    Done,

    /// <summary>The patient died before the window closed without a rating: nothing more is due.</summary>
    Closed,
}
