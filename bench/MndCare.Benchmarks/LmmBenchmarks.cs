using BenchmarkDotNet.Attributes;
using MndCare.Application.Demo;
using MndCare.Statistics.Input;
using MndCare.Statistics.Mixed;

namespace MndCare.Benchmarks;

/// <summary>The mixed model on the synthetic cohort of 100,000 patients (about 830,000 visit rows): the target is a fit under
/// 1 second on 2 cores (docs/performance.md); reading the CSV is measured apart.</summary>
[MemoryDiagnoser]
public class LmmBenchmarks
{
    private byte[] _csv = [];
    private TrajectoryData _data = null!;

    [Params(100_000)]
    public int Patients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var text = new StringWriter();
        SyntheticAnalysisData.Write(new SyntheticAnalysisOptions(Patients, 2026, SyntheticAnalysisOptions.DefaultReferenceDate, MissingShare: 0.01), text, null);
        _csv = System.Text.Encoding.UTF8.GetBytes(text.ToString());
        _data = VisitsCsv.Parse(_csv).Value.Data;
    }

    /// <summary>LinearMixedModel.Fit: sufficient statistics, the REML search and the final residual pass.</summary>
    [Benchmark(Baseline = true)]
    public LmmFit Fit() => LinearMixedModel.Fit(_data).Value;

    /// <summary>VisitsCsv.Parse of the whole file's bytes.</summary>
    [Benchmark]
    public VisitsTable ReadCsv() => VisitsCsv.Parse(_csv).Value;
}
