using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Assessments;
using MndCare.Persistence;

namespace MndCare.Application.Demo;

/// <summary>A demo patient as the outcome demo reads them back: the course fields, registry dates and clinic ALSFRS-R ratings by date.</summary>
internal sealed record DemoCohortRecord(DemoCoursePatient Patient, DateOnly BirthDate, DateOnly? OnsetDate, DateOnly? DeathDate,
    IReadOnlyList<DemoRating> Ratings)
{
    /// <summary>The demo clinic's patients in MRN order with their clinic ratings in date order.</summary>
    public static async Task<IReadOnlyList<DemoCohortRecord>> LoadAsync(MndCareDbContext db, Guid clinicId, CancellationToken cancellationToken)
    {
        var patients = await db.Patients.AsNoTracking().Where(p => p.ClinicId == clinicId).OrderBy(p => p.Mrn)
            .Select(p => new { p.Id, p.Mrn, p.PreferredLanguage, p.DiagnosisDate, p.BirthDate, p.OnsetDate, p.DeathDate }).ToListAsync(cancellationToken);
        var ratings = (await db.Assessments.AsNoTracking()
                .Where(a => a.ClinicId == clinicId && a.AlsfrsR != null && a.AlsfrsRMode == AlsfrsRMode.Clinician)
                .Select(a => new { a.PatientId, a.AssessmentDate, a.AlsfrsR }).ToListAsync(cancellationToken))
            .ToLookup(a => a.PatientId, a => new DemoRating(a.AssessmentDate, a.AlsfrsR!));
        return [.. patients.Select(p => new DemoCohortRecord(new DemoCoursePatient(p.Id, p.Mrn, p.PreferredLanguage, p.DiagnosisDate), p.BirthDate,
            p.OnsetDate, p.DeathDate, [.. ratings[p.Id].OrderBy(r => r.Date)]))];
    }
}

/// <summary>One clinic rating of the ALSFRS-R.</summary>
internal sealed record DemoRating(DateOnly Date, AlsfrsR Scores);

/// <summary>A completed course of the past to seed: the patient, its first day, the historical lot its infusions come from and the weight.</summary>
internal sealed record DemoHistoricalCourse(DemoCohortRecord Record, DateOnly StartsOn, string LotNumber, decimal WeightKg);

/// <summary>Chooses the demo's historical courses: about one patient in ten (at most twenty), each with a three-week course that began
/// 6-18 months ago on the first open day on or after a clinic visit (that visit is the course's baseline rating), with at least three
/// clinic visits before that one and three after the course, so the patient outcome page has slopes on both sides.</summary>
/// <remarks>docs/therapy/courses.md, "Demo data". Courses alternate between the two historical lots (the older lot for starts 18 to
/// about 13 months ago, the newer for starts about 13 to 6 months ago), so that the cohort page's "by lot" shows both; each lot holds
/// bags for <see cref="MaxCoursesPerLot"/> courses. Deterministic: patients in MRN order, the visit drawn by a seeded random.</remarks>
internal static class DemoHistoricalCourses
{
    /// <summary>Earliest and latest start, months before today (issue 10, round 2).</summary>
    public const int EarliestMonthsAgo = 18, LatestMonthsAgo = 6;

    /// <summary>Clinic visits required before the course's baseline visit, and after the course.</summary>
    public const int VisitsEachSide = 3;

    /// <summary>One historical course for this many demo patients, and at most <see cref="MaxCourses"/>.</summary>
    public const int PatientsPerCourse = 10, MaxCourses = 20;

    /// <summary>Courses a historical lot has bags for: three infusions of two bags each.</summary>
    public const int MaxCoursesPerLot = DemoCellLab.HistoricalUnits / 6;

    // A three-week course runs 15 days from its first infusion to its last (weekly); the next clinic visit comes at least two weeks after it ends.
    private const int InfusionDays = 15, CourseAndGapDays = 21 + 14;

    private const int RandomSeed = 2010;

    // The patients' weights at their courses, kg, in turn (demo values: two bags of 50 ×10^6 cells give 1.3-1.8 ×10^6 cells/kg).
    private static readonly decimal[] WeightsKg = [58.4m, 62.5m, 66.0m, 71.0m, 74.5m, 68.2m, 55.6m];

    /// <summary>The historical courses for <paramref name="cohort"/> as of <paramref name="today"/>, leaving out <paramref name="excluded"/> patients.</summary>
    public static IReadOnlyList<DemoHistoricalCourse> Choose(IReadOnlyList<DemoCohortRecord> cohort, DateOnly today, IReadOnlySet<Guid> excluded)
    {
        var random = new Random(RandomSeed);
        // Each lot's starts: from its release (or 18 months ago) until its last infusion day is before its expiry (or 6 months ago).
        (string Lot, DateOnly From, DateOnly To)[] windows =
        [
            (DemoCellLab.OlderHistoricalLotNumber, today.AddMonths(-EarliestMonthsAgo),
                today.AddDays(DemoCellLab.ShelfLifeDays - DemoCellLab.OlderHistoricalLotMadeDaysAgo - InfusionDays - 7)),
            (DemoCellLab.NewerHistoricalLotNumber, today.AddDays(DemoCellLab.HistoricalReleaseDays - DemoCellLab.NewerHistoricalLotMadeDaysAgo + 1),
                today.AddMonths(-LatestMonthsAgo)),
        ];
        var wanted = Math.Min(MaxCourses, Math.Max(1, cohort.Count / PatientsPerCourse));
        var perLot = new int[windows.Length];
        var chosen = new List<DemoHistoricalCourse>(wanted);
        foreach (var record in cohort.Where(r => !excluded.Contains(r.Patient.Id)))
        {
            if (chosen.Count == wanted)
            {
                break;
            }
            // The lot whose turn it is, else the other one while it has bags.
            var preferred = chosen.Count % windows.Length;
            foreach (var lot in new[] { preferred, 1 - preferred }.Where(l => perLot[l] < MaxCoursesPerLot))
            {
                var starts = Starts(record.Ratings, windows[lot].From, windows[lot].To);
                if (starts.Count > 0)
                {
                    chosen.Add(new DemoHistoricalCourse(record, starts[random.Next(starts.Count)], windows[lot].Lot,
                        WeightsKg[chosen.Count % WeightsKg.Length]));
                    perLot[lot]++;
                    break;
                }
            }
        }
        return chosen;
    }

    // The first open day on or after each visit that has enough visits on both sides, starts in the window and ends well before the next visit.
    private static List<DateOnly> Starts(IReadOnlyList<DemoRating> ratings, DateOnly from, DateOnly to)
    {
        var starts = new List<DateOnly>();
        for (var next = VisitsEachSide + 1; next <= ratings.Count - VisitsEachSide; next++)
        {
            var start = DemoCourses.FirstOpenDay(ratings[next - 1].Date);
            if (start >= from && start <= to && start.AddDays(CourseAndGapDays) < ratings[next].Date)
            {
                starts.Add(start);
            }
        }
        return starts;
    }
}
