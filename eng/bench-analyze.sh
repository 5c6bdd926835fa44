#!/usr/bin/env bash
# `mndcare analyze lmm` against Rscript + lme4::lmer on the same visits file, side by side in one run (docs/performance.md).
# Writes a synthetic cohort of PATIENTS (default 100,000, about 830,000 visit rows) with `mndcare demo export`, times
# RUNS runs of our command (process start, CSV reading, fit and JSON output included) and one run of eng/r/lmm.R with
# lmer's default settings (R start, read.csv, lmer, JSON), then prints both times, the ratio (target: at least 10) and
# whether the estimates agree at the tolerances of statistics-contract.md. Needs R with lme4 and jq.
#   eng/bench-analyze.sh [PATIENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
patients=${1:-100000}
runs=${2:-3}
for tool in Rscript jq; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install r-base-core r-cran-lme4 jq)" >&2; exit 1; }
done
work=$(mktemp -d /tmp/mndcare-bench-analyze.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet build src/MndCare.Cli -c Release -nologo -v quiet >/dev/null
mndcare=(dotnet src/MndCare.Cli/bin/Release/net10.0/mndcare.dll)
"${mndcare[@]}" demo export --patients "$patients" --seed 2026 --missing-share 0.01 --visits "$work/visits.csv" >/dev/null
echo "Visits file: $patients patients, $(($(wc -l <"$work/visits.csv") - 1)) rows, $(du -h "$work/visits.csv" | cut -f1); $(nproc) cores."

seconds() { local ns=$1; printf '%d.%03d' $((ns / 1000000000)) $(((ns / 1000000) % 1000)); }

best=0
echo "mndcare analyze lmm (wall, whole process):"
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  "${mndcare[@]}" analyze lmm --input "$work/visits.csv" --output "$work/ours.json"
  ns=$(($(date +%s%N) - start))
  if [ "$best" -eq 0 ] || [ "$ns" -lt "$best" ]; then best=$ns; fi
  echo "  run $run: $(seconds "$ns") s (fit $(jq -r '.fitSeconds * 1000 | floor / 1000' "$work/ours.json") s, budget 1.000 s)"
done

echo "Rscript eng/r/lmm.R --lme4-defaults (wall, whole process):"
start=$(date +%s%N)
Rscript eng/r/lmm.R "$work/visits.csv" "$work/r.json" --lme4-defaults 2>"$work/r.log"
r_ns=$(($(date +%s%N) - start))
echo "  run 1: $(seconds "$r_ns") s (lmer $(jq -r '.fitSeconds * 1000 | floor / 1000' "$work/r.json") s)"
grep -i -E "warn|converge" "$work/r.log" | sed 's/^/  R: /' || true

ratio=$(jq -n --argjson r "$r_ns" --argjson o "$best" '$r / $o * 10 | floor / 10')
echo "Ratio (R / best mndcare run): ${ratio}x (target: at least 10x)"

# Relative differences, as statistics-contract.md: fixed effects 1e-4, standard errors and variance components 1e-3, counts exact.
jq -n -r --slurpfile o "$work/ours.json" --slurpfile r "$work/r.json" '
  ($o[0]) as $o | ($r[0]) as $r |
  def rel(a; b): if b == 0 then (a - b | fabs) else ((a - b) / b | fabs) end;
  ([$r.fixedEffects | to_entries[] | rel($o.fixedEffects[.key].estimate; .value.estimate)] | max) as $fe |
  ([$r.fixedEffects | to_entries[] | rel($o.fixedEffects[.key].standardError; .value.standardError)]
   + [$r.randomEffects | to_entries[] | select(.value != null) | rel($o.randomEffects[.key]; .value)] | max) as $vc |
  ($o.nObservations == $r.nObservations and $o.nGroups == $r.nGroups and $o.skippedRows == $r.skippedRows) as $counts |
  "Estimates: fixed effects differ by at most \($fe) (relative; tolerance 1e-4), standard errors and variance components by \($vc) (1e-3);",
  "  counts \(if $counts then "equal" else "DIFFER" end) (n \($o.nObservations), patients \($o.nGroups), skipped \($o.skippedRows));",
  "  REML criterion: ours \($o.remlCriterion), lme4 \($r.remlCriterion) (lower is closer to the optimum).",
  "Estimates agree: \(if $counts and $fe <= 1e-4 and $vc <= 1e-3 then "yes" else "NO" end)"'
