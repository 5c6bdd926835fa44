using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MndCare.Application.Assessments;
using MndCare.Domain.Assessments;

namespace MndCare.Benchmarks;

/// <summary>The clinical core's batch assessment: the target is ≥ 100,000 cases per second on one core.</summary>
[MemoryDiagnoser]
public class AssessBenchmarks : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly CaseEvaluator _evaluator = new(ProgressionThresholds.Labra2016);
    private readonly ArrayBufferWriter<byte> _output = new(4096);
    private Utf8JsonWriter _json = null!;
    private byte[][] _lines = [];
    private ClinicalCase[] _cases = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1999);
        _lines = [.. Enumerable.Range(0, 1024).Select(i => Encoding.UTF8.GetBytes(SyntheticCases.Line(random, i)))];
        _cases = [.. _lines.Select(l => CaseReader.TryRead(l, Today, out var c) ? c : throw new InvalidOperationException("bad line"))];
        _json = new Utf8JsonWriter(_output);
    }

    public void Dispose()
    {
        _json.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Every output of one case already read: ALSFRS-R, ΔFS, stages, criteria, phenotype, FVC, ENCALS.</summary>
    [Benchmark(Baseline = true)]
    public CaseResult EvaluateOneCase() => _evaluator.Evaluate(_cases[_next++ & 1023]);

    /// <summary>One input line to one output line: read, evaluate, write.</summary>
    [Benchmark]
    public int AssessOneLine()
    {
        CaseReader.TryRead(_lines[_next++ & 1023], Today, out var clinicalCase);
        _output.ResetWrittenCount();
        _json.Reset(_output);
        CaseWriter.Write(_json, _evaluator.Evaluate(clinicalCase));
        _json.Flush();
        return _output.WrittenCount;
    }
}
