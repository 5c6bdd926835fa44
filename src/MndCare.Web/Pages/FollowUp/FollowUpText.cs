using Microsoft.Extensions.Localization;
using MndCare.Application.FollowUp;

namespace MndCare.Web.Pages.FollowUp;

/// <summary>How follow-up pages word timepoints, statuses, events and who entered a self-report, in the reader's language.</summary>
public static class FollowUpText
{
    /// <summary>"Baseline", "End of course", "1 month after the course", "3 months after the course".</summary>
    public static string Timepoint(IStringLocalizer l, FollowUpTimepointView t) => t.MonthsAfterEnd switch
    {
        null => l["followUp.timepoint." + t.Timepoint],
        1 => l["1 month after the course"],
        { } months => l["{0} months after the course", months],
    };

    /// <summary>The window in which a rating counts ("2026-03-01 – 2026-03-29").</summary>
    public static string Window(FollowUpTimepointView t) => $"{Display.Date(t.WindowStart)} – {Display.Date(t.WindowEnd)}";

    /// <summary>Upcoming, due, overdue, missed, done or closed.</summary>
    public static string Status(IStringLocalizer l, string status) => l["followUp.status." + status];

    /// <summary>The tag class of a status: overdue and missed stand out.</summary>
    public static string StatusClass(string status) => status is "overdue" or "missed" ? "tag danger" : "tag";

    /// <summary>A clinical event's kind.</summary>
    public static string Kind(IStringLocalizer l, string kind) => l["clinicalEvent.kind." + kind];

    /// <summary>Who entered a self-report: the patient, or a caregiver with their relationship.</summary>
    public static string EnteredBy(IStringLocalizer l, SelfReportView r) => r.Relationship is { } relationship
        ? l["A caregiver ({0})", l["author.relationship." + relationship].Value]
        : l["The patient"];
}
