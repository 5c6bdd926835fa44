using System.Globalization;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Patients;
using MndCare.Domain.Time;
using P = MndCare.Application.Demo.NaturalHistoryParameters;

namespace MndCare.Application.Demo;

/// <summary>One synthetic patient: registry fields, FTD and C9orf72 (not known unless the inputs are complete) and the visits up to the reference date.</summary>
public sealed record DemoPatient(PatientDetailsInput Details, IReadOnlyList<DemoVisit> Visits, YesNoNotKnown Ftd, YesNoNotKnown C9orf72);

/// <summary>One synthetic visit: date, ALSFRS-R items by API name, FVC % predicted, and the regional examination when recorded.</summary>
public sealed record DemoVisit(DateOnly Date, IReadOnlyDictionary<string, int?> AlsfrsRItems, double FvcPercentPredicted, Findings? Findings = null);

/// <summary>Generates a reproducible synthetic ALS cohort from published natural-history figures.</summary>
/// <remarks>
/// The same seed, count and reference date give the same cohort. Item scores worsen monotonically, in the order
/// of the onset site (PRO-ACT: subscores decline in sequence by onset site, respiratory least steeply [S67]);
/// gastrostomy (item 5b replaces 5a) starts when swallowing falls to 1. Survival is the earlier of a log-normal
/// draw [S40] and the time the total falls below <see cref="P.TerminalAlsfrsRTotal"/>. A share of the patients
/// (<see cref="P.CompleteInputsShare"/>) has complete inputs: a regional examination at every visit that reproduces the
/// drawn phenotype (Decision 10, docs/instruments/phenotype.md), and known FTD and C9orf72, so that every result,
/// ENCALS included, is computed for them; the others have FTD and C9orf72 not known. For demonstrations and tests of
/// the software only: not calibrated for research. Sources (S-numbers) and parameters: docs/instruments/demo-cohort.md.
/// </remarks>
public sealed class DemoCohortGenerator(int seed)
{
    private const double DaysPerMonth = ClinicalTime.DaysPerMonth;
    private const double DaysPerYear = ClinicalTime.DaysPerYear;
    private const double EnglishNameShare = 0.3; // design: the clinic receives patients from abroad
    private const int LatestOnsetMonthsBeforeReference = 6;
    private const int EarliestOnsetMonthsBeforeReference = 96;

    private static readonly string[] BulbarItems = [AlsfrsR.ItemNames.Speech, AlsfrsR.ItemNames.Salivation, AlsfrsR.ItemNames.Swallowing];
    private static readonly string[] FineMotorItems = [AlsfrsR.ItemNames.Handwriting, CuttingItem, AlsfrsR.ItemNames.Dressing];
    private static readonly string[] GrossMotorItems = [AlsfrsR.ItemNames.Turning, AlsfrsR.ItemNames.Walking, AlsfrsR.ItemNames.Climbing];
    private static readonly string[] RespiratoryItems = [AlsfrsR.ItemNames.Dyspnea, AlsfrsR.ItemNames.Orthopnea, AlsfrsR.ItemNames.RespiratoryInsufficiency];
    private const string CuttingItem = "cutting";

    private readonly Random _random = new(seed);

    /// <summary>Generates <paramref name="count"/> patients as of <paramref name="referenceDate"/>.</summary>
    /// <param name="count">How many patients.</param>
    /// <param name="referenceDate">"Today" for the cohort: no date falls after it.</param>
    /// <param name="mrnPrefix">Prefix of the generated medical record numbers.</param>
    public IReadOnlyList<DemoPatient> Generate(int count, DateOnly referenceDate, string mrnPrefix)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var patients = new List<DemoPatient>(count);
        for (var i = 1; i <= count; i++)
        {
            patients.Add(GeneratePatient(i, referenceDate, mrnPrefix));
        }
        return patients;
    }

    private DemoPatient GeneratePatient(int index, DateOnly reference, string mrnPrefix)
    {
        var male = _random.NextDouble() < P.MaleShare;
        var (phenotypeSite, kind, slopeFactor, delayMedian) = DrawPhenotype();
        var onset = reference.AddDays(-(int)Math.Round(Uniform(LatestOnsetMonthsBeforeReference, EarliestOnsetMonthsBeforeReference) * DaysPerMonth));
        var onsetAge = Math.Clamp(Normal(P.OnsetAgeMeanYears, P.OnsetAgeSdYears), P.OnsetAgeMinYears, P.OnsetAgeMaxYears);
        var birth = onset.AddDays(-(int)Math.Round(onsetAge * DaysPerYear));
        var delayMonths = Math.Max(1, LogNormal(delayMedian, P.DiagnosticDelayLogSd));
        var diagnosis = onset.AddDays((int)Math.Round(delayMonths * DaysPerMonth));
        var slope = Math.Max(P.AlsfrsRSlopeMinPerMonth, Normal(P.AlsfrsRSlopeMeanPerMonth, P.AlsfrsRSlopeSdPerMonth)) * slopeFactor;
        var survivalMonths = LogNormal(P.SurvivalMedianMonths, P.SurvivalLogSd);
        var fvcAtDiagnosis = Normal(P.FvcAtDiagnosisMedianPercent, P.FvcAtDiagnosisSdPercent);
        var fvcDecline = Math.Max(0.2, Normal(P.FvcDeclineMeanPercentPerMonth, P.FvcDeclineSdPercentPerMonth));
        var complete = _random.NextDouble() < P.CompleteInputsShare;
        var ftd = complete ? Known(P.FtdShare) : YesNoNotKnown.NotKnown;
        var c9orf72 = complete ? Known(P.C9orf72Share) : YesNoNotKnown.NotKnown;

        DateOnly? death = null;
        var items = InitialItems();
        var visits = new List<DemoVisit>();
        if (diagnosis <= reference)
        {
            var visitDate = diagnosis;
            while (visitDate <= reference)
            {
                var monthsFromOnset = (visitDate.DayNumber - onset.DayNumber) / DaysPerMonth;
                var targetTotal = (int)Math.Round(Math.Max(0, AlsfrsR.MaxTotal - (slope * monthsFromOnset) + Normal(0, 1)));
                if (monthsFromOnset >= survivalMonths || targetTotal < P.TerminalAlsfrsRTotal)
                {
                    death = visitDate;
                    break;
                }
                WorsenTo(items, targetTotal, phenotypeSite);
                var fvc = Math.Max(10, fvcAtDiagnosis - (fvcDecline * ((visitDate.DayNumber - diagnosis.DayNumber) / DaysPerMonth)));
                visits.Add(new DemoVisit(visitDate, ToApiItems(items), Math.Round(fvc, 1), complete ? Examination(items, phenotypeSite, kind) : null));
                var jitterDays = _random.Next(-14, 15);
                visitDate = visitDate.AddDays((int)Math.Round(P.VisitIntervalMonths * DaysPerMonth) + jitterDays);
            }
        }

        var english = _random.NextDouble() < EnglishNameShare;
        var (nativeName, latinName) = english ? EnglishName() : ChineseName();
        var details = new PatientDetailsInput(
            Mrn: $"{mrnPrefix}{index.ToString("D5", CultureInfo.InvariantCulture)}",
            NativeName: nativeName,
            LatinName: latinName,
            Sex: male ? "male" : "female",
            BirthDate: PatientDetails.FormatDate(birth),
            Phone: english
                ? $"+44 7700 900{_random.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture)}"
                : $"+86 138 0000 {_random.Next(0, 10000).ToString("D4", CultureInfo.InvariantCulture)}",
            Email: null,
            PreferredLanguage: english ? "en" : "zh-Hans",
            OnsetDate: PatientDetails.FormatDate(onset),
            DiagnosisDate: diagnosis <= reference ? PatientDetails.FormatDate(diagnosis) : null,
            OnsetSite: WireNames.Of(phenotypeSite),
            DeathDate: PatientDetails.FormatDate(death));
        return new DemoPatient(details, visits, ftd, c9orf72);
    }

    private YesNoNotKnown Known(double yesShare) => _random.NextDouble() < yesShare ? YesNoNotKnown.Yes : YesNoNotKnown.No;

    private (OnsetSite Site, DemoPhenotype Kind, double SlopeFactor, double DelayMedianMonths) DrawPhenotype()
    {
        var u = _random.NextDouble();
        var limbSite = _random.NextDouble() < 0.5 ? OnsetSite.UpperLimb : OnsetSite.LowerLimb; // design: S40 does not split limbs
        if ((u -= P.LimbOnsetShare) < 0)
        {
            return (limbSite, DemoPhenotype.Als, 1, P.DiagnosticDelayMedianMonths);
        }
        if ((u -= P.BulbarOnsetShare) < 0)
        {
            return (OnsetSite.Bulbar, DemoPhenotype.Als, 1, P.DiagnosticDelayMedianMonths);
        }
        if ((u -= P.FlailArmShare) < 0)
        {
            return (OnsetSite.UpperLimb, DemoPhenotype.FlailArm, 0.7, P.DiagnosticDelayMedianMonths);
        }
        if ((u -= P.PmaShare) < 0)
        {
            return (limbSite, DemoPhenotype.Pma, 0.8, P.PmaDiagnosticDelayMonths);
        }
        return (OnsetSite.LowerLimb, DemoPhenotype.Pls, P.PlsSlopeFactor, P.PlsDiagnosticDelayMonths);
    }

    /// <summary>The regional examination of a visit: the onset region and every region whose ALSFRS-R domain has lost a
    /// point are involved (design), with the signs of the drawn phenotype; progression is documented and other diseases
    /// excluded, as at a diagnosis.</summary>
    private static Findings Examination(Dictionary<string, int> items, OnsetSite site, DemoPhenotype kind)
    {
        bool Affected(string[] domain) => domain.Any(n => items[n] < AlsfrsR.MaxItemScore);
        var involved = new Dictionary<Region, bool>
        {
            [Region.Bulbar] = site == OnsetSite.Bulbar || Affected(BulbarItems),
            [Region.Cervical] = site == OnsetSite.UpperLimb || Affected(FineMotorItems),
            [Region.Thoracic] = Affected(RespiratoryItems),
            [Region.Lumbosacral] = site == OnsetSite.LowerLimb || Affected(GrossMotorItems),
        };
        // Flail arm stays confined to the arms (Wijesekera 2009); the other phenotypes follow the involved regions.
        var regions = kind == DemoPhenotype.FlailArm ? [Region.Cervical] : involved.Where(r => r.Value).Select(r => r.Key).ToList();
        bool upper = kind is DemoPhenotype.Als or DemoPhenotype.Pls, lower = kind != DemoPhenotype.Pls;
        return Findings.Create(regions.ToDictionary(r => r, _ => new RegionFindings(upper, lower, lower, false)), progressionDocumented: true,
            alternativeExcluded: true);
    }

    /// <summary>The phenotype a synthetic patient is drawn with; the examination reproduces it (Decision 10).</summary>
    private enum DemoPhenotype
    {
        Als,
        FlailArm,
        Pma,
        Pls,
    }

    private static Dictionary<string, int> InitialItems()
    {
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in BulbarItems.Concat(FineMotorItems).Concat(GrossMotorItems).Concat(RespiratoryItems))
        {
            items[name] = AlsfrsR.MaxItemScore;
        }
        return items;
    }

    /// <summary>Takes points away, one at a time, until the total is at most <paramref name="target"/>.</summary>
    private void WorsenTo(Dictionary<string, int> items, int target, OnsetSite site)
    {
        var order = DomainOrder(site);
        double[] weights = [0.45, 0.3, 0.17, 0.08]; // design: first-affected domain loses most, respiratory least
        while (items.Values.Sum() > target)
        {
            var u = _random.NextDouble();
            var domain = 0;
            while (domain < weights.Length - 1 && (u -= weights[domain]) >= 0)
            {
                domain++;
            }
            // The drawn domain loses a point; when it is exhausted, the next domain in onset order does.
            var candidates = order.Skip(domain).Concat(order.Take(domain))
                .Select(d => d.Where(n => items[n] > 0).ToList())
                .First(c => c.Count > 0);
            items[candidates[_random.Next(candidates.Count)]]--;
        }
    }

    private static string[][] DomainOrder(OnsetSite site) => site switch
    {
        OnsetSite.Bulbar => [BulbarItems, FineMotorItems, GrossMotorItems, RespiratoryItems],
        OnsetSite.UpperLimb => [FineMotorItems, GrossMotorItems, BulbarItems, RespiratoryItems],
        OnsetSite.LowerLimb => [GrossMotorItems, FineMotorItems, BulbarItems, RespiratoryItems],
        OnsetSite.Trunk or OnsetSite.Generalized => [GrossMotorItems, FineMotorItems, RespiratoryItems, BulbarItems],
        OnsetSite.Respiratory => [RespiratoryItems, BulbarItems, FineMotorItems, GrossMotorItems],
    };

    private static Dictionary<string, int?> ToApiItems(Dictionary<string, int> items)
    {
        var gastrostomy = items[AlsfrsR.ItemNames.Swallowing] <= 1;
        var result = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var (name, score) in items)
        {
            var apiName = name == CuttingItem
                ? (gastrostomy ? AlsfrsR.ItemNames.CuttingWithGastrostomy : AlsfrsR.ItemNames.CuttingWithoutGastrostomy)
                : name;
            result[apiName] = score;
        }
        return result;
    }

    private (string Native, string? Latin) ChineseName()
    {
        var surname = DemoNames.Surnames[_random.Next(DemoNames.Surnames.Length)];
        var given = DemoNames.GivenNames[_random.Next(DemoNames.GivenNames.Length)];
        return (surname.Hanzi + given.Hanzi, $"{surname.Pinyin} {given.Pinyin}");
    }

    private (string Native, string? Latin) EnglishName() =>
        ($"{DemoNames.EnglishGivenNames[_random.Next(DemoNames.EnglishGivenNames.Length)]} {DemoNames.EnglishSurnames[_random.Next(DemoNames.EnglishSurnames.Length)]}", null);

    private double Uniform(double min, double max) => min + (_random.NextDouble() * (max - min));

    private double Normal(double mean, double sd)
    {
        // Box-Muller; 1 - NextDouble() avoids log(0).
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    private double LogNormal(double median, double logSd) => median * Math.Exp(Normal(0, logSd));
}
