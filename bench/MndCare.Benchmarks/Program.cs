using BenchmarkDotNet.Running;
using MndCare.Benchmarks;

// `generate-cases N FILE [SEED]` writes input for eng/bench-assess.sh; anything else runs BenchmarkDotNet.
if (args is ["generate-cases", var count, var path, ..])
{
    SyntheticCases.Write(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1999);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AssessBenchmarks).Assembly).Run(args);
