using MndCare.Application.Outcomes.Cohort;
using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Patients;

namespace MndCare.Application.Tests.Outcomes;

/// <summary>Small hand-made cohorts for the pure cohort rules: patients, visits, courses, infusions and events by day.</summary>
internal sealed class CohortRowsBuilder(DateOnly analysisDate)
{
    private readonly List<CohortPatientRow> _patients = [];
    private readonly List<CohortVisitRow> _visits = [];
    private readonly List<CohortCourseRow> _courses = [];
    private readonly List<CohortInfusionRow> _infusions = [];
    private readonly List<CohortAdverseEventRow> _events = [];
    private readonly List<Guid> _drafts = [];

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public Guid Patient(string onset = "2024-01-01", OnsetSite site = OnsetSite.UpperLimb, string? death = null, string diagnosis = "2024-10-01")
    {
        var id = Guid.CreateVersion7();
        _patients.Add(new CohortPatientRow(id, Guid.Empty, Sex.Female, Day("1960-05-05"), Day(onset), Day(diagnosis), site, death is null ? null : Day(death)));
        return id;
    }

    public CohortRowsBuilder Visit(Guid patient, string on, int total, bool selfRated = false)
    {
        _visits.Add(new CohortVisitRow(patient, Guid.CreateVersion7(), Day(on), total, selfRated));
        return this;
    }

    public CohortRowsBuilder Course(Guid patient, string startsOn, string endsOn, CourseStatus status = CourseStatus.Completed)
    {
        _courses.Add(new CohortCourseRow(patient, Day(startsOn), Day(endsOn), status, status != CourseStatus.Planned));
        return this;
    }

    public CohortRowsBuilder Infusion(Guid patient, Guid lot, string lotNumber)
    {
        _infusions.Add(new CohortInfusionRow(patient, lot, lotNumber));
        return this;
    }

    public CohortRowsBuilder AdverseEvent(Guid patient, string term, int grade, string on, params Guid[] relatedLots)
    {
        _events.Add(new CohortAdverseEventRow(patient, term, grade, grade >= 3, Day(on), relatedLots));
        return this;
    }

    public CohortRowsBuilder Draft(Guid patient)
    {
        _drafts.Add(patient);
        return this;
    }

    public CohortData Build() => new(analysisDate, ["Test clinic"], _patients, _visits, _courses, _infusions,
        [.. _patients.Where(p => p.DeathOn is not null).Select(p => new EndpointEventRow(p.Id, ClinicalEventKind.Death, p.DeathOn!.Value))],
        new Dictionary<Guid, DateOnly>(), _events, _drafts, [], new Dictionary<Guid, FollowUpPolicy>());

    /// <summary>Everyone, with the registry, course and lot filters applied (no baseline evaluation).</summary>
    public IReadOnlyList<CohortPatient> Patients(CohortSelection? selection = null) =>
        CohortPatients.Candidates(Build(), selection ?? CohortSelection.Create(CohortSelectionInput.Everyone).Value);
}
