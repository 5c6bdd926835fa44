using MndCare.Application.Assessments;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Patients;
using MndCare.Domain.Respiratory;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>Builds the cohort's patients in two steps: the filters on registry, courses and lots first (cheap), then the baseline evaluation
/// (phenotype, ΔFS, ENCALS) of the patients left and the filters that need it.</summary>
public static class CohortPatients
{
    private static readonly Dictionary<string, MndPhenotype> Phenotypes = Enum.GetValues<MndPhenotype>().ToDictionary(p => p.WireName(), StringComparer.Ordinal);
    private static readonly Dictionary<string, ProgressionGroup> Groups = Enum.GetValues<ProgressionGroup>().ToDictionary(g => g.WireName(), StringComparer.Ordinal);

    /// <summary>The patients that pass the onset-site, course-date and lot filters, with their visits, course, lots, baseline and endpoint.</summary>
    public static IReadOnlyList<CohortPatient> Candidates(CohortData data, CohortSelection selection)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(selection);
        var visits = data.Visits.ToLookup(v => v.PatientId);
        var courses = data.Courses.Where(c => c.Started).ToLookup(c => c.PatientId);
        var lots = data.Infusions.ToLookup(i => i.PatientId, i => i.LotId);
        var events = data.EndpointEvents.ToLookup(e => e.PatientId);
        var candidates = new List<CohortPatient>();
        foreach (var row in data.Patients)
        {
            if (selection.OnsetSites.Count > 0 && !(row.OnsetSite is { } site && selection.OnsetSites.Contains(site)))
            {
                continue;
            }
            var course = courses[row.Id].OrderBy(c => c.StartsOn).FirstOrDefault();
            if (selection.NeedsCourse && course is null)
            {
                continue;
            }
            if (course is not null && (course.StartsOn < selection.CourseFrom || course.StartsOn > selection.CourseTo))
            {
                continue;
            }
            var received = lots[row.Id].ToHashSet();
            if (selection.Lots.Count > 0 && !received.Overlaps(selection.Lots))
            {
                continue;
            }
            var own = visits[row.Id].OrderBy(v => v.On).ToList();
            var baseline = course is null ? own.FirstOrDefault() : own.LastOrDefault(v => v.On <= course.StartsOn);
            var lastContact = Latest(own.Count > 0 ? own[^1].On : null, data.KnownAliveOn.TryGetValue(row.Id, out var alive) ? alive : null, row.DiagnosisOn);
            var endpoint = CompositeEndpoint.Of(events[row.Id], lastContact, row.OnsetOn ?? row.DiagnosisOn ?? own.FirstOrDefault()?.On ?? data.AnalysisDate,
                data.AnalysisDate);
            candidates.Add(new CohortPatient(row, own, course, received, baseline, endpoint));
        }
        return candidates;
    }

    /// <summary>Evaluates each candidate's baseline with the clinical evaluator (the same rules as the patient pages) and applies the phenotype and
    /// ΔFS-group filters.</summary>
    /// <param name="candidates">From <see cref="Candidates"/>.</param>
    /// <param name="baselineInputs">The inputs of the candidates' baseline assessments, by assessment id.</param>
    /// <param name="evaluator">The clinical evaluator.</param>
    /// <param name="selection">The selection.</param>
    public static IReadOnlyList<CohortPatient> Evaluate(IReadOnlyList<CohortPatient> candidates, IReadOnlyDictionary<Guid, AssessmentInputs> baselineInputs,
        CaseEvaluator evaluator, CohortSelection selection)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(baselineInputs);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(selection);
        var selected = new List<CohortPatient>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var patient = candidate.Baseline is { } baseline && baselineInputs.TryGetValue(baseline.AssessmentId, out var inputs)
                ? Evaluated(candidate, inputs, evaluator)
                : candidate;
            if ((selection.Phenotypes.Count == 0 || selection.Phenotypes.Contains(patient.Phenotype))
                && (selection.ProgressionGroups.Count == 0 || (patient.ProgressionGroup is { } group && selection.ProgressionGroups.Contains(group))))
            {
                selected.Add(patient);
            }
        }
        return selected;
    }

    private static CohortPatient Evaluated(CohortPatient patient, AssessmentInputs inputs, CaseEvaluator evaluator)
    {
        var row = patient.Row;
        var clinicalCase = new ClinicalCase
        {
            Id = patient.Baseline!.AssessmentId.ToString("D"),
            AssessmentDate = inputs.AssessmentDate,
            BirthDate = row.BirthDate,
            OnsetDate = row.OnsetOn,
            DiagnosisDate = row.DiagnosisOn,
            Sex = row.Sex is Sex.Male or Sex.Female ? row.Sex : null,
            OnsetSite = row.OnsetSite,
            Ethnicity = inputs.Ethnicity is { } ethnicity ? EthnicityWireName(ethnicity) : null,
            HeightCm = inputs.HeightCm,
            FvcLiters = inputs.FvcLiters,
            FvcPercentPredicted = inputs.FvcPercentPredicted,
            AlsfrsR = inputs.AlsfrsR,
            FindingsGiven = inputs.Findings is not null,
            Ftd = inputs.Ftd,
            C9orf72 = inputs.C9orf72,
            Deceased = row.DeathOn is { } death && death <= inputs.AssessmentDate,
        };
        if (inputs.Findings is { } findings)
        {
            clinicalCase.Findings = findings;
        }
        var result = evaluator.Evaluate(clinicalCase);
        return patient with
        {
            Phenotype = result.Phenotype is { } phenotype && Phenotypes.TryGetValue(phenotype, out var known) ? known : MndPhenotype.Undetermined,
            DeltaFs = result.DeltaFs,
            ProgressionGroup = result.ProgressionGroup is { } group && Groups.TryGetValue(group, out var g) ? g : null,
            Encals = result.EncalsPrediction,
        };
    }

    // The Hankinson 1999 reference group as the evaluator reads it (docs/instruments/assess-contract.md).
    private static string EthnicityWireName(SpirometryEthnicity ethnicity) => ethnicity switch
    {
        SpirometryEthnicity.Caucasian => "caucasian",
        SpirometryEthnicity.AfricanAmerican => "africanAmerican",
        SpirometryEthnicity.MexicanAmerican => "mexicanAmerican",
    };

    private static DateOnly? Latest(params ReadOnlySpan<DateOnly?> days)
    {
        DateOnly? latest = null;
        foreach (var day in days)
        {
            if (day > latest || latest is null)
            {
                latest = day;
            }
        }
        return latest;
    }
}
