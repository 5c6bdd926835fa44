#!/usr/bin/env bash
# Security test plan AS-02, the timing half: signing in with an unknown e-mail costs what a known e-mail with a wrong
# password costs (a dummy hash at the configured cost). Starts the built web application in Development on a throwaway
# SQLite database with the demo users (real password cost), times N API sign-ins of each kind, alternating, and compares
# the medians (pass: less than 20% apart). Not run by eng/test.sh: timings on a shared machine are evidence, not a gate.
# Usage: eng/sign-in-timing.sh [N]   (N <= 90; build first: dotnet build MndCare.slnx -c Release). Last line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
n=${1:-40}
work=$(mktemp -d /tmp/mndcare-timing.XXXXXX)
port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (echo >"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
(
  cd src/MndCare.Web
  # Every request names another client, so no address is locked out while the same e-mail is tried again and again.
  ASPNETCORE_ENVIRONMENT=Development Database__SqlitePath="$work/app.db" Demo__Patients=0 Files__StorageRoot="$work/files" \
    Files__MasterKeyPath="$work/master.key" Security__SignInPermitLimit=100000 ReverseProxy__KnownProxies__0=127.0.0.1 \
    exec dotnet bin/Release/net10.0/MndCare.Web.dll --urls "http://127.0.0.1:$port"
) >"$work/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ] && break
  sleep 1
done

sign_in() { # e-mail, client address -> seconds
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -H "X-Forwarded-For: $2" \
    -d "{\"email\":\"$1\",\"password\":\"wrong-password-123\"}" "http://127.0.0.1:$port/api/auth/login"
}
for i in $(seq 1 "$n"); do
  sign_in "nobody-$i@demo.mndcare.local" "10.1.$((i / 250)).$((i % 250 + 1))" >>"$work/unknown"
  sign_in "patient@demo.mndcare.local" "10.2.$((i / 250)).$((i % 250 + 1))" >>"$work/known"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
unknown=$(median "$work/unknown")
known=$(median "$work/known")
echo "median sign-in time over $n each: unknown e-mail ${unknown}s, known e-mail with a wrong password ${known}s"
if awk -v a="$unknown" -v b="$known" 'BEGIN { d = a - b; if (d < 0) d = -d; m = (a > b) ? a : b; exit !(m > 0 && d / m < 0.2) }'; then
  echo "1 passed, 0 failed"
else
  echo "0 passed, 1 failed"; exit 1
fi
