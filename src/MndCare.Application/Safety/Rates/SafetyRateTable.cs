using System.Globalization;
using MndCare.Domain.Results;
using MndCare.Statistics.Intervals;

namespace MndCare.Application.Safety.Rates;

/// <summary>Counts patients with adverse events by term, grade, seriousness and suspect over the patients exposed, each with its
/// exact (Clopper–Pearson) interval. Pure: the caller reads the events and exposures.</summary>
/// <remarks>docs/safety/statistics.md, "Rate table": a row counts patients, not events, so a patient with two fevers counts
/// once in the Fever row; a patient with a grade 1 and a grade 3 event counts once in each of those grade rows.</remarks>
public static class SafetyRateTable
{
    /// <summary>The error code when no patient was exposed: there is no rate to report.</summary>
    public const string NoPatientsExposed = "noPatientsExposed";

    /// <summary>The error code when more patients had events than were exposed (overall or to a suspect).</summary>
    public const string MorePatientsWithEventsThanExposed = "morePatientsWithEventsThanExposed";

    /// <summary>The error code when an event names a suspect with no exposure count.</summary>
    public const string SuspectExposureMissing = "suspectExposureMissing";

    /// <summary>The error code when one suspect is given twice in the exposures.</summary>
    public const string DuplicateSuspect = "duplicateSuspect";

    /// <summary>The key of the any-event row.</summary>
    public const string AnyEventKey = "any";

    /// <summary>The key of the row of patients with a serious event.</summary>
    public const string SeriousKey = "serious";

    /// <summary>The key of the row of patients with an event that is not serious.</summary>
    public const string NonSeriousKey = "nonSerious";

    /// <summary>The lowest CTCAE grade.</summary>
    public const int LowestGrade = 1;

    /// <summary>The highest CTCAE grade (death related to the adverse event); CTCAE v5.0, "Grades".</summary>
    public const int HighestGrade = 5;

    /// <summary>Builds the table.</summary>
    /// <param name="patientsExposed">Patients exposed to the treatment in the period.</param>
    /// <param name="events">The adverse events of those patients.</param>
    /// <param name="suspectExposures">One entry per lot or herb batch to report, with the patients exposed to it.</param>
    /// <param name="confidenceLevel">The intervals' level; 95% by default.</param>
    /// <returns>The table, or validation errors (nothing exposed, a bad grade or term, more patients than exposed, a suspect without exposure).</returns>
    public static Result<SafetyRates> Build(int patientsExposed, IReadOnlyList<SafetyEventFact> events, IReadOnlyList<SuspectExposure> suspectExposures,
        double confidenceLevel = ClopperPearson.DefaultConfidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(suspectExposures);
        var errors = Validate(patientsExposed, events, suspectExposures, confidenceLevel);
        if (errors.Count > 0)
        {
            return Result<SafetyRates>.Failure(errors);
        }
        var rows = new List<SafetyRateRow>();
        var overall = new Rows(rows, patientsExposed, confidenceLevel);
        overall.Add(SafetyRateDimension.AnyEvent, AnyEventKey, string.Empty, events);
        foreach (var term in events.GroupBy(e => e.Term, StringComparer.Ordinal)
            .OrderByDescending(g => PatientsWith(g)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            overall.Add(SafetyRateDimension.Term, term.Key, term.Key, [.. term]);
        }
        for (var grade = LowestGrade; grade <= HighestGrade; grade++)
        {
            overall.Add(SafetyRateDimension.Grade, grade.ToString(CultureInfo.InvariantCulture), string.Empty, [.. events.Where(e => e.Grade == grade)]);
        }
        overall.Add(SafetyRateDimension.Seriousness, SeriousKey, string.Empty, [.. events.Where(e => e.Serious)]);
        overall.Add(SafetyRateDimension.Seriousness, NonSeriousKey, string.Empty, [.. events.Where(e => !e.Serious)]);
        foreach (var exposure in suspectExposures)
        {
            new Rows(rows, exposure.PatientsExposed, confidenceLevel)
                .Add(SafetyRateDimension.Suspect, KeyOf(exposure.Suspect), exposure.Label, [.. events.Where(e => e.Suspects.Contains(exposure.Suspect))]);
        }
        return new SafetyRates(patientsExposed, rows);
    }

    /// <summary>"lot:0193…": the row key of a suspect.</summary>
    public static string KeyOf(SuspectKey suspect)
    {
        ArgumentNullException.ThrowIfNull(suspect);
        return suspect.Kind + ":" + suspect.Reference;
    }

    private static List<Error> Validate(int patientsExposed, IReadOnlyList<SafetyEventFact> events, IReadOnlyList<SuspectExposure> suspectExposures, double confidenceLevel)
    {
        var errors = new List<Error>();
        if (patientsExposed < 1)
        {
            errors.Add(new ValidationError("patientsExposed", NoPatientsExposed, "With no patient exposed there is no rate to report."));
        }
        else if (PatientsWith(events) > patientsExposed)
        {
            errors.Add(new ValidationError("patientsExposed", MorePatientsWithEventsThanExposed, "More patients had events than were exposed."));
        }
        if (events.Any(e => e.Grade is < LowestGrade or > HighestGrade))
        {
            errors.Add(new ValidationError("grade", ValidationError.OutOfRange, "A CTCAE grade is 1 to 5."));
        }
        if (events.Any(e => string.IsNullOrWhiteSpace(e.Term)))
        {
            errors.Add(new ValidationError("term", ValidationError.Required, "Every event needs its CTCAE term."));
        }
        var exposed = suspectExposures.Select(e => e.Suspect).ToHashSet();
        if (exposed.Count < suspectExposures.Count)
        {
            errors.Add(new ValidationError("suspectExposures", DuplicateSuspect, "A suspect is given twice in the exposures."));
        }
        if (events.SelectMany(e => e.Suspects).Any(s => !exposed.Contains(s)))
        {
            errors.Add(new ValidationError("suspectExposures", SuspectExposureMissing, "An event names a suspect whose exposed patients are not given."));
        }
        if (suspectExposures.Any(x => x.PatientsExposed < 1 || PatientsWith(events.Where(e => e.Suspects.Contains(x.Suspect))) > x.PatientsExposed))
        {
            errors.Add(new ValidationError("suspectExposures", MorePatientsWithEventsThanExposed, "A suspect needs at least one exposed patient and no more patients with events than exposed."));
        }
        if (ClopperPearson.ConfidenceLevelError(confidenceLevel) is { } levelError)
        {
            errors.Add(levelError);
        }
        return errors;
    }

    private static int PatientsWith(IEnumerable<SafetyEventFact> events) => events.Select(e => e.PatientId).Distinct().Count();

    // Appends rows over one denominator; the counts were validated, so an interval always exists.
    private sealed class Rows(List<SafetyRateRow> rows, int patientsExposed, double confidenceLevel)
    {
        public void Add(SafetyRateDimension dimension, string key, string label, IReadOnlyList<SafetyEventFact> events)
        {
            var patients = PatientsWith(events);
            rows.Add(new SafetyRateRow(dimension, key, label, patients, events.Count, ClopperPearson.Interval(patients, patientsExposed, confidenceLevel).Value));
        }
    }
}
