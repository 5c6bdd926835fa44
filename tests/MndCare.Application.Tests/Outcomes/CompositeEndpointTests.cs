using MndCare.Application.Outcomes.Cohort;
using MndCare.Domain.FollowUp;

namespace MndCare.Application.Tests.Outcomes;

// The ENCALS composite endpoint (Westeneng 2018; docs/outcomes/cohort.md, "Endpoint"): the first of death, tracheostomy and permanent ventilation;
// without one, censoring at the last contact, never after the analysis date.
public sealed class CompositeEndpointTests
{
    private static readonly Guid Patient = Guid.CreateVersion7();
    private static readonly DateOnly Analysis = CohortRowsBuilder.Day("2026-06-30");
    private static readonly DateOnly Onset = CohortRowsBuilder.Day("2024-01-01");

    [Fact]
    public void TheEarliestTerminalEvent_IsTheEvent()
    {
        EndpointEventRow[] events =
        [
            new(Patient, ClinicalEventKind.Death, CohortRowsBuilder.Day("2026-03-01")),
            new(Patient, ClinicalEventKind.Tracheostomy, CohortRowsBuilder.Day("2025-11-15")),
        ];

        var endpoint = CompositeEndpoint.Of(events, CohortRowsBuilder.Day("2025-10-01"), Onset, Analysis);

        Assert.Equal((CohortRowsBuilder.Day("2025-11-15"), ClinicalEventKind.Tracheostomy), (endpoint.EventOn!.Value, endpoint.Kind!.Value));
    }

    [Fact]
    public void WithoutAnEvent_ThePatientIsCensoredAtTheLastContact()
    {
        var endpoint = CompositeEndpoint.Of([], CohortRowsBuilder.Day("2025-10-01"), Onset, Analysis);

        Assert.Null(endpoint.EventOn);
        Assert.Equal(CohortRowsBuilder.Day("2025-10-01"), endpoint.LastKnownAliveOn);
    }

    [Fact]
    public void AnEventAfterTheAnalysisDate_IsNotYetAnEvent_AndCensoringNeverPassesThatDate()
    {
        var endpoint = CompositeEndpoint.Of([new(Patient, ClinicalEventKind.Death, CohortRowsBuilder.Day("2026-07-02"))], CohortRowsBuilder.Day("2026-07-01"),
            Onset, Analysis);

        Assert.Null(endpoint.EventOn);
        Assert.Equal(Analysis, endpoint.LastKnownAliveOn);
    }

    [Fact]
    public void AGastrostomy_IsNotAnEndpoint()
    {
        var endpoint = CompositeEndpoint.Of([new(Patient, ClinicalEventKind.Gastrostomy, CohortRowsBuilder.Day("2025-05-01"))], CohortRowsBuilder.Day("2025-10-01"),
            Onset, Analysis);

        Assert.Null(endpoint.EventOn);
    }

    [Fact]
    public void WithNoContactAtAll_TheFallbackDayIsUsed()
    {
        Assert.Equal(Onset, CompositeEndpoint.Of([], null, Onset, Analysis).LastKnownAliveOn);
    }
}
