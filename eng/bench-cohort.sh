#!/usr/bin/env bash
# Times the cohort page (/Outcomes/Cohort, issue 10) on a seeded database: `mndcare demo seed` makes 10,000 synthetic patients (about
# 75,000 ALSFRS-R visits), a third of those with three or more visits get a completed four-week course after their second visit, then the
# web application starts on that database and a clinician opens the page five times. Target: under 2 seconds (mixed-model and survival
# panels included). Prints the wall time of each request (curl) and the analysis time the use case recorded in the audit trail.
# Usage: eng/bench-cohort.sh [PATIENTS] [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
patients=${1:-10000}
port=${2:-5795}
base="http://127.0.0.1:$port"
password=copper-tulip-river-2026
work=$(mktemp -d /tmp/mndcare-bench-cohort.XXXXXX)
web_pid=
cleanup() { if [ -n "$web_pid" ]; then kill "$web_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/MndCare.Cli -c Release -nologo -v quiet >/dev/null
dotnet build src/MndCare.Web -c Release -nologo -v quiet >/dev/null
cli=src/MndCare.Cli/bin/Release/net10.0/mndcare.dll
export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development
export Database__Provider=sqlite Database__SqlitePath="$work/mndcare.db" Files__StorageRoot="$work/files" Files__MasterKeyPath="$work/master.key"
export Files__CreateMasterKeyIfMissing=true Audit__AnchorPath="$work/anchors.jsonl" Demo__Enabled=true Security__SecureCookies=false
export Logging__LogLevel__Default=Warning

dotnet "$cli" db migrate >/dev/null
start=$(date +%s)
dotnet "$cli" demo seed --patients "$patients" --password "$password" | head -2
echo "  seeded in $(( $(date +%s) - start )) s"

# A completed course, starting the day after the second visit, for every third patient with three or more visits (not before a death).
sqlite3 "$work/mndcare.db" <<'SQL'
WITH ranked AS (
  SELECT patient_id, assessment_date AS d, ROW_NUMBER() OVER (PARTITION BY patient_id ORDER BY assessment_date) AS n,
         COUNT(*) OVER (PARTITION BY patient_id) AS visits
  FROM assessments),
chosen AS (
  SELECT r.patient_id, r.d FROM ranked r JOIN patients p ON p.id = r.patient_id
  WHERE r.n = 2 AND r.visits >= 3 AND p.rowid % 3 = 0 AND date(r.d, '+88 days') <= date('now')
    AND (p.death_date IS NULL OR p.death_date > date(r.d, '+28 days'))
    AND NOT EXISTS (SELECT 1 FROM treatment_courses c WHERE c.patient_id = p.id))
INSERT INTO treatment_courses (id, clinic_id, consultation_id, created_at_utc, ended_at_utc, ends_on, patient_id, planned_by_user_id,
  started_at_utc, starts_on, status, stop_reason, template, template_id, time_zone_id, unplaced, updated_at_utc, version)
SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2)
         || '-' || hex(randomblob(6))),
       t.clinic_id, NULL, t.created_at_utc, t.ended_at_utc, date(c.d, '+28 days'), c.patient_id, t.planned_by_user_id, t.started_at_utc,
       date(c.d, '+1 day'), 'Completed', NULL, t.template, t.template_id, t.time_zone_id, t.unplaced, t.updated_at_utc,
       upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2)
         || '-' || hex(randomblob(6)))
FROM chosen c, (SELECT * FROM treatment_courses WHERE status = 'Completed' LIMIT 1) t;
SQL
echo "  $(sqlite3 "$work/mndcare.db" 'select count(*) from patients') patients, $(sqlite3 "$work/mndcare.db" \
  'select count(*) from assessments') assessments, $(sqlite3 "$work/mndcare.db" "select count(*) from treatment_courses where status <> 'Planned'") courses started"

dotnet src/MndCare.Web/bin/Release/net10.0/MndCare.Web.dll --urls "$base" >"$work/web.log" 2>&1 &
web_pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/health" && break; sleep 1; done

jar="$work/cookies"
page=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login")
token=$(printf '%s' "$page" | grep -o 'name="__RequestVerificationToken"[^>]*' | grep -o 'value="[^"]*"' | head -1 | sed 's/value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=clinician@demo.mndcare.local" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"

echo "GET /Outcomes/Cohort, every patient (wall seconds; budget 2.000 s):"
for run in 1 2 3 4 5; do
  curl -s -o "$work/page.html" -b "$jar" -w "  run $run: %{http_code} %{time_total} s\n" "$base/Outcomes/Cohort"
done
grep -o 'data-label="Patients selected">[0-9]*' "$work/page.html" | sed 's/.*>/  patients selected: /'
grep -o '<p class="big" id="km-median">[^<]*' "$work/page.html" | sed 's/.*>/  /'
echo "  analysis seconds recorded by the use case (audit trail), last five views:"
sqlite3 "$work/mndcare.db" "select '    ' || json_extract(details, '$.seconds') from audit_events where action = 'outcomes.cohort.view' order by sequence desc limit 5"
