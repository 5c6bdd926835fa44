using MndCare.Application.Outcomes.Cohort;
using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;

namespace MndCare.Application.Tests.Outcomes;

// The flow is always shown (issue 10): treated, followed up, timepoints missed (the follow-up schedule's end of course and 1, 3, 6, 12 months after
// it, ±14 days, evaluated as the follow-up pages do), drop-out, deaths.
public sealed class CohortFlowTests
{
    [Fact]
    public void Flow_CountsTimepointsDoneAndMissed_DropOut_AndDeaths_WithExactIntervals()
    {
        var rows = new CohortRowsBuilder(CohortRowsBuilder.Day("2026-06-30"));
        // Course ends 2025-01-28: end of course, then 2025-02-28, 04-28, 07-28 and 2026-01-28, ±14 days, all closed by 2026-06-30.
        var complete = rows.Patient();
        rows.Course(complete, "2025-01-01", "2025-01-28").Visit(complete, "2024-12-20", 40).Visit(complete, "2025-01-28", 40).Visit(complete, "2025-02-27", 39)
            .Visit(complete, "2025-04-30", 38).Visit(complete, "2025-07-29", 37).Visit(complete, "2026-01-27", 35);
        var lost = rows.Patient();
        rows.Course(lost, "2025-01-01", "2025-01-28").Visit(lost, "2024-12-20", 40).Visit(lost, "2025-02-27", 39);
        var died = rows.Patient(death: "2025-03-15");
        rows.Course(died, "2025-01-01", "2025-01-28").Visit(died, "2024-12-20", 30);
        var planned = rows.Patient();
        rows.Course(planned, "2026-08-01", "2026-08-28", CourseStatus.Planned).Visit(planned, "2026-05-01", 44);

        var flow = CohortFlow.Of(rows.Patients(), CohortRowsBuilder.Day("2026-06-30"), new Dictionary<Guid, FollowUpPolicy>());

        Assert.Equal(4, flow.Selected);
        Assert.Equal((3, 4), (flow.WithCourse.Count, flow.WithCourse.Of));
        Assert.Equal((2, 3), (flow.WithFollowUp.Count, flow.WithFollowUp.Of));
        // complete: 5 done; lost: month 1 done, 4 missed; died (2025-03-15): end of course and month 1 closed before the death, missed;
        // the later ones are closed by the death.
        Assert.Equal((6, 12), (flow.TimepointsMissed.Count, flow.TimepointsMissed.Of));
        Assert.Equal((2, 3), (flow.PatientsMissingFollowUp.Count, flow.PatientsMissingFollowUp.Of));
        Assert.Equal((1, 3), (flow.DropOut.Count, flow.DropOut.Of));
        Assert.Equal((1, 4), (flow.Deaths.Count, flow.Deaths.Of));
        // binom.test(1, 4)$conf.int in R: 0.006309463 0.805879550.
        Assert.Equal(0.006309463, flow.Deaths.Interval!.Lower, 6);
        Assert.Equal(0.805879550, flow.Deaths.Interval.Upper, 6);
    }

    [Fact]
    public void AShareOfNothing_HasNoInterval()
    {
        var share = CohortShare.From(0, 0);

        Assert.Null(share.Interval);
        Assert.Equal("0 of 0", CohortWording.English.Share(share));
    }
}
