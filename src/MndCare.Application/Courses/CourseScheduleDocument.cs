using System.Globalization;
using MndCare.Application.Consultations.Reports;
using MndCare.Application.Reports;
using MndCare.Domain.Courses;
using MndCare.Domain.Time;

namespace MndCare.Application.Courses;

/// <summary>The printable schedule of a course in one language: its sessions by course week, in the clinic's time, and the
/// programme's evidence statement as the consultation report words it.</summary>
/// <remarks>docs/therapy/courses.md, "Printable schedule". It names no staff and no other patient, so the patient gets the same paper.</remarks>
public static class CourseScheduleDocument
{
    /// <summary>The schedule of <paramref name="course"/> for <paramref name="patient"/> in <paramref name="languageTag"/> ("en" or "zh-Hans").</summary>
    /// <param name="course">The course as read.</param>
    /// <param name="patient">The patient's name (and MRN) as printed.</param>
    /// <param name="clinicName">The clinic.</param>
    /// <param name="languageTag">The language of the paper.</param>
    /// <param name="printedAt">When it is printed (any offset; shown in the clinic's zone).</param>
    public static ReportDocument Build(CourseView course, string patient, string clinicName, string languageTag, DateTimeOffset printedAt)
    {
        ArgumentNullException.ThrowIfNull(course);
        var words = CourseWording.For(languageTag);
        var evidence = ConsultationReportText.For(words.LanguageTag);
        var startsOn = DateOnly.ParseExact(course.StartsOn, ClinicTime.DateFormat, CultureInfo.InvariantCulture);
        var offset = course.Sessions.Count > 0 ? course.Sessions[0].StartsAt.ToString("zzz", CultureInfo.InvariantCulture) : "+00:00";
        var meta = new List<ReportMetaLine>
        {
            new(words.Patient, patient),
            new(words.Clinic, clinicName),
            new(words.Course, words.TemplateName(course.Template.Name, course.Template.NameInChinese)),
            new(words.Dates, string.Format(CultureInfo.InvariantCulture, words.DateRange, course.StartsOn, course.EndsOn)),
            new(words.Status, words.StatusOf(course.Status)),
            new(words.Printed, ClinicTime.Format(ClinicTime.Local(printedAt, course.TimeZoneId))),
        };
        var sections = course.Sessions
            .GroupBy(s => (DateOnly.ParseExact(s.LocalDate, ClinicTime.DateFormat, CultureInfo.InvariantCulture).DayNumber - startsOn.DayNumber) / CourseTemplate.DaysPerWeek)
            .Select(week => new ReportSection(string.Format(CultureInfo.InvariantCulture, words.Week, week.Key + 1),
            [
                new ReportTable(words.Headers, [.. week.Select(s => Row(s, words))]),
            ]))
            .ToList();
        sections.Insert(0, new ReportSection(words.Title, [new ReportParagraph(string.Format(CultureInfo.InvariantCulture, words.TimesNote, "UTC" + offset))]));
        sections.Add(new ReportSection(evidence.Evidence, [new ReportNotice(evidence.EvidenceStatement)]));
        return new ReportDocument(words.Title, words.LanguageTag, meta, sections, null, words.Footer);
    }

    private static IReadOnlyList<string> Row(SessionView session, CourseWording words)
    {
        var date = DateOnly.ParseExact(session.LocalDate, ClinicTime.DateFormat, CultureInfo.InvariantCulture);
        return [$"{session.LocalDate} {words.Weekday(date)}", TimeRange(session),
            words.Session(session.Kind, session.InfusionNumber, session.Timepoint, session.Assessments), session.Room ?? "–"];
    }

    /// <summary>"08:30–09:30", in the clinic's time.</summary>
    public static string TimeRange(SessionView session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + session.EndsAt.ToString("HH:mm", CultureInfo.InvariantCulture);
    }
}
