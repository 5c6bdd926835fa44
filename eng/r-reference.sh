#!/usr/bin/env bash
# Regenerates the stored R results the statistics tests compare with (docs/statistics/validation.md):
# installs R, lme4 and survival from Debian when missing (root), then runs eng/r/lmm.R on every
# tests/MndCare.Statistics.Tests/Data/lmm-*.csv and eng/r/survival.R on every survival-*.csv,
# writing NAME.r.json next to each file.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v Rscript >/dev/null || ! Rscript -e 'library(lme4); library(survival)' >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "R with lme4 and survival is missing; run as root to install r-base-core r-cran-lme4 r-cran-survival." >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends r-base-core r-cran-lme4 r-cran-survival >/dev/null
fi
data=tests/MndCare.Statistics.Tests/Data
shopt -s nullglob
for csv in "$data"/lmm-*.csv; do
  echo "lme4: $csv"
  Rscript eng/r/lmm.R "$csv" "${csv%.csv}.r.json"
done
for csv in "$data"/survival-*.csv; do
  echo "survival: $csv"
  Rscript eng/r/survival.R "$csv" "${csv%.csv}.r.json"
done
