using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MndCare.Domain.Results;
using MndCare.Statistics.Input;
using MndCare.Statistics.Survival;

namespace MndCare.Benchmarks;

/// <summary>The survival engine on cohorts of 10,000 and 100,000 subjects: Kaplan–Meier, Cox (Efron, 4 covariates, concordance
/// included) and the whole `mndcare analyze survival` computation from CSV text. The cohort pages need both panels of 10,000 patients
/// in well under 2 seconds (issue 10).</summary>
[MemoryDiagnoser]
public class SurvivalBenchmarks
{
    private SurvivalData _data = null!;
    private string _csv = string.Empty;

    [Params(10_000, 100_000)]
    public int Subjects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _csv = SyntheticSurvivalCsv(Subjects, seed: 2026);
        _data = SurvivalCsv.Read(new StringReader(_csv)).Value;
    }

    [Benchmark]
    public KaplanMeierCurve KaplanMeierFit() => KaplanMeier.Fit(_data.Time, _data.Event);

    [Benchmark]
    public Result<CoxFit> CoxFit() => CoxProportionalHazards.Fit(_data.Time, _data.Event, _data.Covariates, _data.CovariateNames);

    [Benchmark]
    public SurvivalAnalysisResult AnalyzeCsv() => SurvivalAnalysis.Run(SurvivalCsv.Read(new StringReader(_csv)).Value);

    /// <summary>ALS-like survival from onset: exponential hazard rising with age, bulbar onset and ΔFS, falling with diagnostic delay;
    /// administrative censoring; times in whole months (many ties); 2% of rows with an unusable value.</summary>
    private static string SyntheticSurvivalCsv(int subjects, int seed)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("patient_id,time_months,event,age_at_onset,bulbar_onset,delta_fs,diagnostic_delay\n");
        for (var i = 0; i < subjects; i++)
        {
            var age = Math.Round(60 + (10 * Gaussian(random)), 1);
            var bulbar = random.NextDouble() < 0.3 ? 1 : 0;
            var deltaFs = Math.Round(Math.Exp(Math.Log(0.6) + (0.5 * Gaussian(random))), 2);
            var delay = Math.Round(6 + (12 * random.NextDouble()), 1);
            var hazard = Math.Exp((0.03 * (age - 60)) + (0.5 * bulbar) + (0.8 * Math.Log(deltaFs / 0.6)) - (0.02 * delay)) / 36;
            var death = -Math.Log(1 - random.NextDouble()) / hazard;
            var censoring = 6 + (84 * random.NextDouble());
            var time = Math.Round(Math.Min(death, censoring)).ToString(CultureInfo.InvariantCulture);
            var row = string.Join(',', $"SYN{i:D6}", time, death <= censoring ? "1" : "0", age.ToString(CultureInfo.InvariantCulture),
                bulbar.ToString(CultureInfo.InvariantCulture), deltaFs.ToString(CultureInfo.InvariantCulture), delay.ToString(CultureInfo.InvariantCulture));
            csv.Append(random.NextDouble() < 0.02 ? row.Replace(",1,", ",NA,", StringComparison.Ordinal) : row).Append('\n');
        }
        return csv.ToString();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
