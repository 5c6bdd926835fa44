using System.Globalization;
using MndCare.Domain.Patients;
using MndCare.Domain.Time;

namespace MndCare.Application.Demo;

/// <summary>What the synthetic analysis export writes, besides the cohort itself.</summary>
/// <param name="Patients">How many synthetic patients with at least one visit.</param>
/// <param name="Seed">Random seed; the same options give the same files.</param>
/// <param name="ReferenceDate">"Today" for the cohort: follow-up ends here.</param>
/// <param name="TreatedShare">Share of patients with at least two visits who start a course at one of their later visits.</param>
/// <param name="MissingShare">Share of rows with one value made unusable (empty, NA or not a number), to exercise skipped rows.</param>
/// <param name="WithPostMonths">False leaves the post_months column out of the visits file.</param>
public sealed record SyntheticAnalysisOptions(int Patients, int Seed, DateOnly ReferenceDate, double TreatedShare = 0.4, double MissingShare = 0,
    bool WithPostMonths = true)
{
    /// <summary>The reference date used when none is given, so that files are reproducible across days.</summary>
    public static readonly DateOnly DefaultReferenceDate = new(2026, 1, 1);
}

/// <summary>Writes the demo cohort as the analysis files of <c>mndcare analyze</c>: a visits CSV for the mixed model and a survival CSV.</summary>
/// <remarks>
/// docs/statistics/validation.md. Visits: <c>patient_id,months,post_months,alsfrsr_total</c>, months since the patient's first
/// visit (the diagnosis visit), post_months since the start of a synthetic course (0 before it; the generator gives the course no
/// effect, so the true post-course slope change is zero). Survival: <c>patient_id,time_months,event,age_at_onset,bulbar_onset,delta_fs,diagnostic_delay</c>,
/// time from onset to death (event 1) or to the last contact (event 0) in whole months, so that tied times occur as in clinic
/// data; ΔFS at the first visit (Decision 3). For tests and benchmarks of the software only (natural-history.md section 7).
/// </remarks>
public static class SyntheticAnalysisData
{
    /// <summary>The visits CSV header with the post-course term.</summary>
    public const string VisitsHeader = "patient_id,months,post_months,alsfrsr_total";

    /// <summary>The visits CSV header without it.</summary>
    public const string VisitsHeaderWithoutPost = "patient_id,months,alsfrsr_total";

    /// <summary>The survival CSV header: the contract's three columns, then the covariates.</summary>
    public const string SurvivalHeader = "patient_id,time_months,event,age_at_onset,bulbar_onset,delta_fs,diagnostic_delay";

    private const string MrnPrefix = "SYN";
    private static readonly string[] UnusableValues = ["", "NA", "n/a"];

    /// <summary>Generates the cohort and writes both files; returns the number of visit rows and survival rows written.</summary>
    /// <param name="options">Cohort size, seed, reference date and the shares of treated patients and unusable rows.</param>
    /// <param name="visits">Receives the visits CSV; null to skip it.</param>
    /// <param name="survival">Receives the survival CSV; null to skip it.</param>
    public static (int VisitRows, int SurvivalRows) Write(SyntheticAnalysisOptions options, TextWriter? visits, TextWriter? survival)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cohort = PatientsWithVisits(options);
        var random = new Random(unchecked(options.Seed * 31) + 7); // separate stream: the cohort stays the demo cohort
        visits?.WriteLine(options.WithPostMonths ? VisitsHeader : VisitsHeaderWithoutPost);
        survival?.WriteLine(SurvivalHeader);
        int visitRows = 0, survivalRows = 0;
        foreach (var patient in cohort)
        {
            var id = Mrn(patient);
            var first = patient.Visits[0].Date;
            var courseIndex = patient.Visits.Count >= 2 && random.NextDouble() < options.TreatedShare ? random.Next(1, patient.Visits.Count) : -1;
            double? courseMonths = courseIndex < 0 ? null : Months(first, patient.Visits[courseIndex].Date);
            if (visits is not null)
            {
                foreach (var visit in patient.Visits)
                {
                    var months = Months(first, visit.Date);
                    var post = courseMonths is { } start ? Math.Max(0, months - start) : 0;
                    var total = visit.AlsfrsRItems.Values.Sum(v => v ?? 0);
                    string[] fields = options.WithPostMonths ? [id, Number(months), Number(post), Number(total)] : [id, Number(months), Number(total)];
                    Spoil(fields, random, options.MissingShare);
                    visits.WriteLine(string.Join(',', fields));
                    visitRows++;
                }
            }
            if (survival is not null)
            {
                survival.WriteLine(string.Join(',', SurvivalRow(patient, options.ReferenceDate, random, options.MissingShare)));
                survivalRows++;
            }
        }
        return (visitRows, survivalRows);
    }

    // Patients diagnosed after the reference date have no visit; generate enough that the requested number has one.
    private static List<DemoPatient> PatientsWithVisits(SyntheticAnalysisOptions options)
    {
        for (var factor = 2; ; factor *= 2)
        {
            var generated = new DemoCohortGenerator(options.Seed).Generate(checked(options.Patients * factor), options.ReferenceDate, MrnPrefix);
            var withVisits = generated.Where(p => p.Visits.Count > 0).Take(options.Patients).ToList();
            if (withVisits.Count == options.Patients)
            {
                return withVisits;
            }
        }
    }

    private static string[] SurvivalRow(DemoPatient patient, DateOnly reference, Random random, double missingShare)
    {
        var details = patient.Details;
        var onset = Date(details.OnsetDate);
        var birth = Date(details.BirthDate);
        DateOnly? death = details.DeathDate is null ? null : Date(details.DeathDate);
        var first = patient.Visits[0];
        var end = death ?? reference;
        var firstTotal = first.AlsfrsRItems.Values.Sum(v => v ?? 0);
        var monthsToFirst = Months(onset, first.Date);
        string[] fields =
        [
            Mrn(patient),
            Number(Math.Round(Months(onset, end))),
            death is null ? "0" : "1",
            Number(Math.Round((onset.DayNumber - birth.DayNumber) / ClinicalTime.DaysPerYear, 1)),
            details.OnsetSite == WireNames.Of(OnsetSite.Bulbar) ? "1" : "0",
            Number(Math.Round((Domain.Assessments.AlsfrsR.MaxTotal - firstTotal) / monthsToFirst, 2)),
            Number(Math.Round(monthsToFirst, 1)),
        ];
        Spoil(fields, random, missingShare);
        return fields;
    }

    // Makes one value of the row unusable with probability missingShare, so that readers must skip and count it.
    private static void Spoil(string[] fields, Random random, double missingShare)
    {
        if (missingShare > 0 && random.NextDouble() < missingShare)
        {
            fields[random.Next(fields.Length)] = UnusableValues[random.Next(UnusableValues.Length)];
        }
    }

    private static string Mrn(DemoPatient patient) => patient.Details.Mrn ?? throw new InvalidOperationException("The demo cohort wrote no MRN.");

    // The generator writes every date it sets; a missing one here is a bug.
    private static DateOnly Date(string? text) =>
        PatientDetails.TryParseDate(text, out var date) ? date : throw new InvalidOperationException("The demo cohort wrote no date.");

    private static double Months(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / ClinicalTime.DaysPerMonth;

    private static string Number(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
