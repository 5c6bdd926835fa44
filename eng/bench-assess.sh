#!/usr/bin/env bash
# Measures `mndcare assess` on 100,000 synthetic cases, process start included (target: under 3 seconds),
# and, with --bdn, the per-case cost with BenchmarkDotNet (target: at least 100,000 cases per second on one core).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/mndcare-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet build src/MndCare.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/MndCare.Benchmarks -c Release -nologo -v quiet >/dev/null
dotnet bench/MndCare.Benchmarks/bin/Release/net10.0/MndCare.Benchmarks.dll generate-cases 100000 "$work/cases.jsonl"
echo "mndcare assess, 100,000 cases (wall seconds, process start included):"
for run in 1 2 3; do
  start=$(date +%s%N)
  dotnet src/MndCare.Cli/bin/Release/net10.0/mndcare.dll assess --input "$work/cases.jsonl" --output "$work/results.jsonl"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "  run $run: $((ms / 1000)).$(printf %03d $((ms % 1000))) s (budget 3.000 s)"
done
echo "  $(wc -l <"$work/results.jsonl") result lines"
if [ "${1:-}" = "--bdn" ]; then
  dotnet bench/MndCare.Benchmarks/bin/Release/net10.0/MndCare.Benchmarks.dll --filter '*AssessBenchmarks*' --job short --affinity 1
fi
