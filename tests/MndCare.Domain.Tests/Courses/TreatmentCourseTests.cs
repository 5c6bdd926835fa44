using MndCare.Domain.Courses;
using MndCare.Domain.Results;
using MndCare.Domain.Time;

namespace MndCare.Domain.Tests.Courses;

// docs/therapy/courses.md, "Course states" (issue 8: planned, in progress, completed, stopped early with a reason) and
// "Rescheduling" (a reason of at least five characters, like every reason in MndCare; the old time kept in the history).
public sealed class TreatmentCourseTests
{
    // Monday 7 December 2026, 08:00 in Shanghai.
    private static readonly DateTimeOffset FirstMorning = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid Clinician = Guid.NewGuid();

    private static TreatmentCourse Planned(CourseTemplate? template = null) => TreatmentCourse.Plan(
        new CourseIds(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()), template ?? CourseTemplate.ThreeWeekDemo,
        new DateOnly(2026, 12, 7), "Asia/Shanghai", CourseCalendarOptions.Default, Guid.NewGuid, Clinician, FirstMorning.AddDays(-3), Guid.NewGuid()).Value;

    private static TreatmentCourse Running()
    {
        var course = Planned();
        Assert.True(course.Start(FirstMorning, Guid.NewGuid()).IsSuccess);
        return course;
    }

    private static string? Refusal<T>(Result<T> result) => result.IsSuccess ? null : result.Errors[0].Code;

    private static CourseSession Infusion(TreatmentCourse course, int number) =>
        course.Sessions.Single(s => s.Kind == SessionKind.MscInfusion && s.InfusionNumber == number);

    [Fact]
    public void Plan_KeepsTheTemplateAndItsCalendar()
    {
        var course = Planned();
        Assert.Equal(CourseStatus.Planned, course.Status);
        Assert.Same(CourseTemplate.ThreeWeekDemo, course.Template);
        Assert.Equal((new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 27), "Asia/Shanghai"), (course.StartsOn, course.EndsOn, course.TimeZoneId));
        Assert.Equal(2 + 3 + 15 + 3 + 6 + 9, course.Sessions.Count);
        Assert.Equal(course.Sessions.Count, course.Sessions.Select(s => s.Id).Distinct().Count());
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 10, 0, 0, TimeSpan.FromHours(8)), Infusion(course, 2).LocalStart);
        Assert.Empty(course.Conflicts());
    }

    [Fact]
    public void Plan_PassesOnCalendarErrors()
    {
        var result = TreatmentCourse.Plan(new CourseIds(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()), CourseTemplate.FourWeekDemo,
            new DateOnly(2026, 12, 6), "Asia/Shanghai", CourseCalendarOptions.Default, Guid.NewGuid, Clinician, FirstMorning, Guid.NewGuid());
        Assert.Equal(CourseErrorCodes.StartNotOpen, Refusal(result));
    }

    [Fact]
    public void HappyPath_PlannedInProgressCompleted()
    {
        var course = Planned();
        Assert.Equal(CourseErrorCodes.NotYetStarted, Refusal(course.Start(FirstMorning.AddDays(-1), Guid.NewGuid())));
        Assert.True(course.Start(FirstMorning, Guid.NewGuid()).IsSuccess);
        Assert.Equal((CourseStatus.InProgress, FirstMorning.UtcDateTime), (course.Status, course.StartedAtUtc!.Value));

        // The end-of-course assessment is on Friday 25 December at 08:30 (00:30 UTC).
        Assert.Equal(CourseErrorCodes.SessionsStillAhead, Refusal(course.Complete(new DateTimeOffset(2026, 12, 25, 0, 0, 0, TimeSpan.Zero), Guid.NewGuid())));
        var done = new DateTimeOffset(2026, 12, 25, 9, 0, 0, TimeSpan.Zero);
        Assert.True(course.Complete(done, Guid.NewGuid()).IsSuccess);
        Assert.Equal((CourseStatus.Completed, done.UtcDateTime), (course.Status, course.EndedAtUtc!.Value));
    }

    [Fact]
    public void StopEarly_FromPlannedOrInProgress_NeedsAReason()
    {
        var planned = Planned();
        Assert.Equal("tooShort", Refusal(planned.StopEarly("ill", FirstMorning, Guid.NewGuid())));
        Assert.Equal("required", Refusal(planned.StopEarly("  ", FirstMorning, Guid.NewGuid())));
        Assert.Equal(CourseStatus.Planned, planned.Status);
        Assert.True(planned.StopEarly("Patient withdrew consent.", FirstMorning, Guid.NewGuid()).IsSuccess);
        Assert.Equal((CourseStatus.StoppedEarly, "Patient withdrew consent."), (planned.Status, planned.StopReason));

        var running = Running();
        Assert.True(running.StopEarly("发热，暂停疗程", FirstMorning.AddDays(2), Guid.NewGuid()).IsSuccess);
        Assert.Equal(CourseStatus.StoppedEarly, running.Status);
    }

    [Fact]
    public void OtherTransitions_AreRefused()
    {
        var planned = Planned();
        Assert.Equal(CourseErrorCodes.InvalidTransition, Refusal(planned.Complete(FirstMorning.AddDays(30), Guid.NewGuid())));

        var running = Running();
        Assert.Equal(CourseErrorCodes.InvalidTransition, Refusal(running.Start(FirstMorning, Guid.NewGuid())));

        var completed = Running();
        completed.Complete(FirstMorning.AddDays(30), Guid.NewGuid());
        var stopped = Planned();
        stopped.StopEarly("Patient withdrew consent.", FirstMorning, Guid.NewGuid());
        foreach (var closed in new[] { completed, stopped })
        {
            var status = closed.Status;
            Assert.Equal(CourseErrorCodes.InvalidTransition, Refusal(closed.Start(FirstMorning.AddDays(31), Guid.NewGuid())));
            Assert.Equal(CourseErrorCodes.InvalidTransition, Refusal(closed.Complete(FirstMorning.AddDays(31), Guid.NewGuid())));
            Assert.Equal(CourseErrorCodes.InvalidTransition, Refusal(closed.StopEarly("Changed my mind.", FirstMorning.AddDays(31), Guid.NewGuid())));
            Assert.Equal(CourseErrorCodes.InvalidTransition, Refusal(closed.RescheduleSession(Infusion(closed, 3).Id,
                Infusion(closed, 3).StartsAtUtc.AddDays(1), null, "Patient has a fever.", Clinician, FirstMorning, Guid.NewGuid())));
            Assert.Equal(CourseErrorCodes.InvalidTransition, Refusal(closed.AssignSession(Infusion(closed, 3).Id, "Room 2", null, FirstMorning, Guid.NewGuid())));
            Assert.Equal(status, closed.Status);
        }
    }

    [Fact]
    public void Reschedule_MovesTheSession_AndKeepsItsHistory()
    {
        var course = Running();
        var second = Infusion(course, 2);
        var before = second.StartsAtUtc;
        var tuesday = ClinicTime.ToUtc(new DateOnly(2026, 12, 15), new TimeOnly(10, 0), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var at = FirstMorning.AddDays(5);
        var version = Guid.NewGuid();

        var moved = course.RescheduleSession(second.Id, tuesday, null, "Patient has a fever.", Clinician, at, version);

        Assert.True(moved.IsSuccess);
        Assert.Equal((tuesday, 120, new DateOnly(2026, 12, 15)), (second.StartsAtUtc, second.DurationMinutes, second.LocalDate));
        Assert.Equal(new SessionReschedule(before, 120, tuesday, 120, "Patient has a fever.", Clinician, at.UtcDateTime), Assert.Single(second.History));
        Assert.Equal(version, course.Version);

        // A second move keeps both, oldest first; the length can change too.
        course.RescheduleSession(second.Id, tuesday.AddHours(-1), 150, "Bed free earlier.", Clinician, at, Guid.NewGuid());
        Assert.Equal([tuesday, tuesday.AddHours(-1)], second.History.Select(h => h.ToStartsAtUtc));
        Assert.Equal(150, second.DurationMinutes);
    }

    [Theory]
    [InlineData("ill", 0, null, "tooShort")]        // reasons have at least five characters (docs/therapy/courses.md)
    [InlineData(null, 0, null, "required")]
    [InlineData("Patient has a fever.", 0, 4, "outOfRange")]
    [InlineData("Patient has a fever.", 0, 601, "outOfRange")]
    [InlineData("Patient has a fever.", -24, null, CourseErrorCodes.Unchanged)]  // the same time again
    // Onto the same day's 14:00 acupuncture (Monday 14 December): the patient would be in two sessions.
    [InlineData("Patient has a fever.", -24 + 4, null, CourseErrorCodes.PatientDoubleBooked)]
    public void Reschedule_Refusals_ChangeNothing(string? reason, int hoursFromTuesday, int? minutes, string code)
    {
        var course = Running();
        var second = Infusion(course, 2);
        var before = (second.StartsAtUtc, second.DurationMinutes, course.Version);
        var tuesday = new DateTime(2026, 12, 15, 2, 0, 0, DateTimeKind.Utc);

        var result = course.RescheduleSession(second.Id, tuesday.AddHours(hoursFromTuesday), minutes, reason, Clinician, FirstMorning, Guid.NewGuid());

        Assert.Equal(code, Refusal(result));
        Assert.Equal(before, (second.StartsAtUtc, second.DurationMinutes, course.Version));
        Assert.Empty(second.History);
    }

    [Fact]
    public void Reschedule_AnUnknownSession_IsNotFound() =>
        Assert.Equal("notFound", Refusal(Running().RescheduleSession(Guid.NewGuid(), FirstMorning.UtcDateTime, null, "Patient has a fever.",
            Clinician, FirstMorning, Guid.NewGuid())));

    [Fact]
    public void AssignSession_SetsRoomAndStaff_AndOverlapsAcrossCoursesAreShown()
    {
        var nurse = Guid.NewGuid();
        var first = Running();
        var second = Running();
        var a = Infusion(first, 1);
        var b = Infusion(second, 1);
        Assert.True(first.AssignSession(a.Id, "  Infusion bay 1 ", nurse, FirstMorning, Guid.NewGuid()).IsSuccess);
        Assert.True(second.AssignSession(b.Id, "infusion bay 1", nurse, FirstMorning, Guid.NewGuid()).IsSuccess);
        Assert.Equal(("Infusion bay 1", nurse), (a.Room, a.StaffUserId));

        var conflicts = DoubleBookings.Find(first.Sessions.Select(s => s.ToBookedSlot(first.PatientId))
            .Concat(second.Sessions.Select(s => s.ToBookedSlot(second.PatientId))));
        Assert.Equal([BookingConflictKind.Room, BookingConflictKind.Staff], conflicts.Select(c => c.Kind));
        Assert.All(conflicts, c => Assert.False(c.IsRefused));
        Assert.Equal("tooLong", Refusal(first.AssignSession(a.Id, new string('x', TreatmentCourse.MaxRoomLength + 1), null, FirstMorning, Guid.NewGuid())));
    }

    [Fact]
    public void Medications_ActiveOnADate_AndStopped()
    {
        var course = Planned();
        var riluzole = ConcomitantMedication.Create(Guid.NewGuid(), KnownMedication.Riluzole, null, "50 mg twice daily", new DateOnly(2025, 6, 1), null).Value;
        var edaravone = ConcomitantMedication.Create(Guid.NewGuid(), KnownMedication.Edaravone, null, "60 mg IV daily, 14 days on",
            new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 14)).Value;
        course.AddMedication(riluzole, FirstMorning, Guid.NewGuid());
        course.AddMedication(edaravone, FirstMorning, Guid.NewGuid());

        Assert.Equal([riluzole, edaravone], course.MedicationsActiveOn(new DateOnly(2026, 12, 14)));
        Assert.Equal([riluzole], course.MedicationsActiveOn(new DateOnly(2026, 12, 15)));

        Assert.Equal(CourseErrorCodes.StopBeforeStart, Refusal(course.StopMedication(riluzole.Id, new DateOnly(2025, 5, 31), FirstMorning, Guid.NewGuid())));
        Assert.Null(riluzole.StopsOn);
        Assert.True(course.StopMedication(riluzole.Id, new DateOnly(2026, 12, 10), FirstMorning, Guid.NewGuid()).IsSuccess);
        Assert.Equal([edaravone], course.MedicationsActiveOn(new DateOnly(2026, 12, 11)));
        Assert.Equal("notFound", Refusal(course.StopMedication(Guid.NewGuid(), new DateOnly(2026, 12, 10), FirstMorning, Guid.NewGuid())));
        Assert.Throws<InvalidOperationException>(() => course.AddMedication(riluzole, FirstMorning, Guid.NewGuid()));
    }
}
