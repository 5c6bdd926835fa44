using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Assessments;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>Loads the cohort with lean projections: only the columns the analysis reads, no tracked entities, no names or MRNs.</summary>
/// <remarks>docs/outcomes/cohort.md, "Data and speed": 10,000 patients with 75,000 visits are a handful of queries of a few columns each.</remarks>
public sealed class CohortExtraction(MndCareDbContext db)
{
    /// <summary>The patients, visits, courses, infusions, endpoint events and adverse events of <paramref name="clinicIds"/>.</summary>
    public async Task<CohortData> LoadAsync(IReadOnlyList<Guid> clinicIds, DateOnly analysisDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clinicIds);
        var clinicNames = await db.Clinics.AsNoTracking().Where(c => clinicIds.Contains(c.Id)).OrderBy(c => c.Name).Select(c => c.Name)
            .ToListAsync(cancellationToken);
        var patients = await db.Patients.AsNoTracking().Where(p => clinicIds.Contains(p.ClinicId))
            .Select(p => new CohortPatientRow(p.Id, p.ClinicId, p.Sex, p.BirthDate, p.OnsetDate, p.DiagnosisDate, p.OnsetSite, p.DeathDate))
            .ToListAsync(cancellationToken);
        // The total is summed by the database; corrections replace what they supersede (CurrentAssessments).
        var visits = await db.Assessments.AsNoTracking()
            .Where(a => clinicIds.Contains(a.ClinicId) && a.AlsfrsRMode != null && !db.Assessments.Any(newer => newer.SupersedesId == a.Id))
            .Select(a => new CohortVisitRow(a.PatientId, a.Id, a.AssessmentDate,
                a.AlsfrsR!.Speech + a.AlsfrsR.Salivation + a.AlsfrsR.Swallowing + a.AlsfrsR.Handwriting
                + (a.AlsfrsR.CuttingWithoutGastrostomy ?? a.AlsfrsR.CuttingWithGastrostomy ?? 0) + a.AlsfrsR.Dressing + a.AlsfrsR.Turning
                + a.AlsfrsR.Walking + a.AlsfrsR.Climbing + a.AlsfrsR.Dyspnea + a.AlsfrsR.Orthopnea + a.AlsfrsR.RespiratoryInsufficiency,
                a.AlsfrsRMode == AlsfrsRMode.SelfAdministered))
            .ToListAsync(cancellationToken);
        var courses = (await db.TreatmentCourses.AsNoTracking().Where(c => clinicIds.Contains(c.ClinicId))
                .Select(c => new { c.PatientId, c.StartsOn, c.EndsOn, c.Status, c.StartedAtUtc, c.EndedAtUtc, c.TimeZoneId }).ToListAsync(cancellationToken))
            .Select(c => new CohortCourseRow(c.PatientId, c.StartsOn,
                FollowUpSchedule.EndOf(c.Status, c.EndsOn, c.EndedAtUtc is { } ended ? ClinicTime.LocalDate(ended, c.TimeZoneId) : null), c.Status,
                c.StartedAtUtc is not null))
            .ToList();
        var infusions = (await db.Infusions.AsNoTracking().Where(i => i.StartedAtUtc != null)
                .Join(db.Lots.Where(l => clinicIds.Contains(l.ClinicId)), i => i.LotId, l => l.Id, (i, l) => new { i.PatientId, i.LotId, l.Details.LotNumber })
                .ToListAsync(cancellationToken))
            .Select(r => new CohortInfusionRow(r.PatientId, r.LotId, r.LotNumber.Value)).ToList();
        var lots = (await db.Lots.AsNoTracking().Where(l => clinicIds.Contains(l.ClinicId)).Select(l => new { l.Id, l.Details.LotNumber })
                .ToListAsync(cancellationToken))
            .Select(l => new CohortLot(l.Id, l.LotNumber.Value)).OrderBy(l => l.LotNumber, StringComparer.Ordinal).ToList();
        var (events, knownAlive) = await EndpointRowsAsync(clinicIds, patients, cancellationToken);
        var policies = await db.FollowUpPolicies.AsNoTracking().Where(p => clinicIds.Contains(p.ClinicId)).ToListAsync(cancellationToken);
        var adverse = await db.AdverseEvents.AsNoTracking().Where(e => clinicIds.Contains(e.ClinicId)).ToListAsync(cancellationToken);
        var confirmed = adverse.Where(e => e.Status != AdverseEventStatus.Draft && e.Grade is not null)
            .Select(e => new CohortAdverseEventRow(e.PatientId, e.Term, e.Grade!.Value, e.IsSerious, e.OnsetOn ?? e.FirstKnownOn,
                [.. e.Suspects.Where(s => s.Kind == SuspectKind.Lot && s.IsRelated).Select(s => s.ReferenceId).Distinct()]))
            .ToList();
        return new CohortData(analysisDate, clinicNames, patients, visits, courses, infusions, events, knownAlive, confirmed,
            [.. adverse.Where(e => e.Status == AdverseEventStatus.Draft).Select(e => e.PatientId)], lots,
            clinicIds.ToDictionary(id => id, id => policies.SingleOrDefault(p => p.ClinicId == id)?.Policy ?? FollowUpPolicy.Default));
    }

    /// <summary>The current inputs of the given assessments (the patients' baselines), by id: ENCALS, ΔFS and the phenotype read them.</summary>
    public async Task<IReadOnlyDictionary<Guid, AssessmentInputs>> InputsAsync(IReadOnlyCollection<Guid> assessmentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessmentIds);
        var ids = assessmentIds.ToList();
        // One array parameter (json_each, = ANY): EF 10's default of one parameter per id makes a 10,000-parameter statement that SQLite plans slowly.
        var rows = await db.Assessments.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id)).ToListAsync(cancellationToken);
        return rows.ToDictionary(a => a.Id, a => a.Inputs);
    }

    // The composite endpoint's events: death, tracheostomy and permanent ventilation as follow-up records them (ClinicalEvents), and the
    // registry's death date (set by a recorded death, or entered before follow-up existed); the latest "known alive" date per patient.
    private async Task<(IReadOnlyList<EndpointEventRow> Events, IReadOnlyDictionary<Guid, DateOnly> KnownAlive)> EndpointRowsAsync(
        IReadOnlyList<Guid> clinicIds, IReadOnlyList<CohortPatientRow> patients, CancellationToken cancellationToken)
    {
        var kinds = CompositeEndpoint.Kinds.ToList();
        var recorded = await db.ClinicalEvents.AsNoTracking().Where(e => clinicIds.Contains(e.ClinicId) && kinds.Contains(e.Kind))
            .Select(e => new EndpointEventRow(e.PatientId, e.Kind, e.OccurredOn)).ToListAsync(cancellationToken);
        var alive = (await db.VitalStatusChecks.AsNoTracking().Where(c => clinicIds.Contains(c.ClinicId)).Select(c => new { c.PatientId, c.KnownAliveOn })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.PatientId).ToDictionary(g => g.Key, g => g.Max(c => c.KnownAliveOn));
        return ([.. recorded, .. patients.Where(p => p.DeathOn is not null).Select(p => new EndpointEventRow(p.Id, ClinicalEventKind.Death, p.DeathOn!.Value))],
            alive);
    }
}
