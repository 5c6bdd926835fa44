using MndCare.Domain.Patients;
using MndCare.Domain.Time;
using MndCare.Statistics.Survival;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>Kaplan–Meier of the composite endpoint from symptom onset, and the Cox model (Efron ties) with the documented covariates.</summary>
/// <param name="Patients">Patients in the curve.</param>
/// <param name="Events">Their events.</param>
/// <param name="PatientsExcluded">Selected patients left out: no onset date, or an endpoint day before onset.</param>
/// <param name="Curve">The Kaplan–Meier curve; null when no patient is left.</param>
/// <param name="Cox">The Cox model.</param>
public sealed record SurvivalPanel(int Patients, int Events, int PatientsExcluded, KaplanMeierCurve? Curve, CoxPanel Cox)
{
    /// <summary>Fits both models to the selected patients.</summary>
    public static SurvivalPanel Of(IReadOnlyList<CohortPatient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var usable = patients.Where(p => p.SurvivalMonths is not null).ToList();
        var curve = usable.Count > 0 ? KaplanMeier.Fit([.. usable.Select(p => p.SurvivalMonths!.Value)], [.. usable.Select(p => p.HadEvent)]) : null;
        return new SurvivalPanel(usable.Count, usable.Count(p => p.HadEvent), patients.Count - usable.Count, curve, CoxPanel.Of(usable));
    }
}

/// <summary>The Cox proportional-hazards model of the composite endpoint from onset, complete cases only.</summary>
/// <param name="Patients">Patients with every covariate.</param>
/// <param name="Events">Their events.</param>
/// <param name="PatientsExcluded">Patients of the curve left out for a missing covariate.</param>
/// <param name="Covariates">The covariates fitted, in order (names of <see cref="CoxCovariates"/>).</param>
/// <param name="Dropped">Covariates left out because they do not vary in this cohort.</param>
/// <param name="Fit">The fit; null when it could not be fitted.</param>
/// <param name="NotEstimable">Why not, as error codes.</param>
public sealed record CoxPanel(int Patients, int Events, int PatientsExcluded, IReadOnlyList<string> Covariates, IReadOnlyList<string> Dropped, CoxFit? Fit,
    IReadOnlyList<string> NotEstimable)
{
    /// <summary>The code when every covariate is constant in the cohort.</summary>
    public const string NoVaryingCovariate = "noVaryingCovariate";

    /// <summary>The code when no patient has every covariate.</summary>
    public const string NoCompleteCase = "noCompleteCase";

    /// <summary>Fits the model to the patients of the curve that have every covariate.</summary>
    public static CoxPanel Of(IReadOnlyList<CohortPatient> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var complete = patients.Select(p => (Patient: p, Row: CoxCovariates.Row(p))).Where(x => x.Row is not null).ToList();
        var events = complete.Count(x => x.Patient.HadEvent);
        var excluded = patients.Count - complete.Count;
        if (complete.Count == 0)
        {
            return new CoxPanel(0, 0, excluded, [], [], null, [NoCompleteCase]);
        }
        var varying = Enumerable.Range(0, CoxCovariates.Names.Count)
            .Where(j => complete.Select(x => x.Row![j]).Distinct().Skip(1).Any()).ToList();
        var names = varying.Select(j => CoxCovariates.Names[j]).ToList();
        var dropped = CoxCovariates.Names.Except(names).ToList();
        if (varying.Count == 0)
        {
            return new CoxPanel(complete.Count, events, excluded, [], dropped, null, [NoVaryingCovariate]);
        }
        var result = CoxProportionalHazards.Fit([.. complete.Select(x => x.Patient.SurvivalMonths!.Value)], [.. complete.Select(x => x.Patient.HadEvent)],
            [.. complete.Select(x => varying.Select(j => x.Row![j]).ToArray())], names);
        return new CoxPanel(complete.Count, events, excluded, names, dropped, result.IsSuccess ? result.Value : null,
            result.IsSuccess ? [] : [.. result.Errors.Select(e => e.Code)]);
    }
}

/// <summary>The Cox model's covariates: age at onset per 10 years, bulbar onset, ΔFS at baseline and diagnostic delay.</summary>
/// <remarks>Known prognostic factors in ALS: older onset, bulbar onset, faster ΔFS and a short diagnostic delay shorten survival (Chen 2015 [S40];
/// Labra 2016; Westeneng 2018). Fixed at baseline; the course is not a covariate, since treatment starts after onset (immortal time).
/// docs/outcomes/cohort.md, "Cox model".</remarks>
public static class CoxCovariates
{
    /// <summary>Age at onset, per 10 years.</summary>
    public const string AgeAtOnsetPer10Years = "ageAtOnsetPer10Years";

    /// <summary>Bulbar onset (1) or not (0).</summary>
    public const string BulbarOnset = "bulbarOnset";

    /// <summary>ΔFS at the baseline, points per month.</summary>
    public const string DeltaFsAtBaseline = "deltaFsAtBaseline";

    /// <summary>Months from onset to diagnosis.</summary>
    public const string DiagnosticDelayMonths = "diagnosticDelayMonths";

    private const double YearsPerUnit = 10;

    /// <summary>The covariates in column order.</summary>
    public static IReadOnlyList<string> Names { get; } = [AgeAtOnsetPer10Years, BulbarOnset, DeltaFsAtBaseline, DiagnosticDelayMonths];

    /// <summary>The patient's covariates in <see cref="Names"/> order, or null when one is missing.</summary>
    public static double[]? Row(CohortPatient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var row = patient.Row;
        if (row.OnsetOn is not { } onset || row.OnsetSite is not { } site || row.DiagnosisOn is not { } diagnosis || patient.DeltaFs is not { } deltaFs
            || diagnosis < onset || row.BirthDate >= onset)
        {
            return null;
        }
        return
        [
            ClinicalTime.YearsBetween(row.BirthDate, onset) / YearsPerUnit,
            site == OnsetSite.Bulbar ? 1 : 0,
            deltaFs,
            ClinicalTime.MonthsBetween(onset, diagnosis),
        ];
    }
}
