using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MndCare.Domain.Time;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The course pages as their users go through them: the clinician plans a course from the patient's record, and the
/// patient (or family) reads their schedule in the portal. Staff steps find elements by their English labels and roles; the
/// portal step reads the page in whatever language it shows.</summary>
public sealed partial class CoursePages(IPage page)
{
    [GeneratedRegex("/Courses/[0-9a-f-]{36}$")]
    private static partial Regex CoursePath();

    /// <summary>From the patient's record: "Plan a course", the template by its name, the first day, "Plan the course"; returns the course page's URL.</summary>
    /// <param name="patientId">The patient.</param>
    /// <param name="template">The template's name as the clinician reads it (e.g. "4-week IV UC-MSC + TCM").</param>
    /// <param name="startsOn">The first day (an open day of the clinic).</param>
    public async Task<string> PlanCourseAsync(Guid patientId, string template, DateOnly startsOn)
    {
        await page.GotoAsync($"/Patients/{patientId}");
        await page.GetByRole(AriaRole.Region, new() { Name = "Treatment courses" }).GetByRole(AriaRole.Link, new() { Name = "Plan a course" }).ClickAsync();
        await page.GetByLabel(template).CheckAsync();
        await page.GetByLabel("First day", new() { Exact = true }).FillAsync(ClinicTime.Format(startsOn));
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan the course" }).ClickAsync();
        await page.WaitForURLAsync(CoursePath());
        return page.Url;
    }

    /// <summary>The signed-in patient's or family member's "/Portal/Schedule": each course's heading and every session row, as shown.</summary>
    public async Task<PortalSchedule> PortalScheduleAsync()
    {
        var response = await page.GotoAsync("/Portal/Schedule");
        if (response is not { Ok: true })
        {
            throw new InvalidOperationException($"/Portal/Schedule answered {response?.Status}");
        }
        var courses = page.Locator("section.schedule");
        var headings = await courses.GetByRole(AriaRole.Heading, new() { Level = 2 }).AllInnerTextsAsync();
        var sessions = await courses.GetByRole(AriaRole.Row).Filter(new() { HasNot = page.GetByRole(AriaRole.Columnheader) }).AllInnerTextsAsync();
        return new PortalSchedule(headings, sessions);
    }
}

/// <summary>What the portal schedule shows: the courses' names and the sessions' rows (date, time, session, room).</summary>
public sealed record PortalSchedule(IReadOnlyList<string> Courses, IReadOnlyList<string> Sessions);
