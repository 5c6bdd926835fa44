#!/usr/bin/env bash
# Runs every test project, including browser tests, on SQLite and on a throwaway PostgreSQL cluster.
# Installs missing Debian packages when run as root. Last line: "N passed, N failed"; non-zero exit on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { echo "[test.sh] $*" >&2; }
finish() { echo "$1 passed, $2 failed"; exit "$3"; }

# 1. Debian packages the tests need: PostgreSQL 15, Chromium (browser tests), DejaVu and Droid Sans Fallback (CJK in PDFs) fonts.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -e /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || missing+=(fonts-droid-fallback)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    say "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { say "apt-get failed"; finish 0 1 1; }
  else
    say "missing Debian packages: ${missing[*]} (run as root to install them)"
  fi
fi

# 2. A throwaway PostgreSQL cluster on a free loopback port, stopped and removed on exit.
work=$(mktemp -d /tmp/mndcare-test.XXXXXX)
chmod 755 "$work"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (echo >"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
mkdir -p "$work/pg" && { [ "$(id -u)" != 0 ] || chown postgres "$work/pg"; }
if ! as_pg "$pgbin/initdb" -D "$work/pg" -U postgres -A trust --no-sync >"$work/initdb.log" 2>&1 \
  || ! as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
       -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=200" start >/dev/null; then
  say "PostgreSQL did not start"; cat "$work/initdb.log" "$work/pg/server.log" >&2 2>/dev/null
  finish 0 1 1
fi
export MNDCARE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
say "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

# 3. Tools and build (warnings are errors).
dotnet tool restore >/dev/null || { say "dotnet tool restore failed"; finish 0 1 1; }
if ! dotnet build MndCare.slnx -c Release -nologo -v quiet; then
  say "build failed"; finish 0 1 1
fi

# 4. Every test project; the closing line is computed from the test platform's summary (skipped PostgreSQL rows fail).
dotnet test --solution MndCare.slnx -c Release --no-build 2>&1 | tee "$work/test.log"
eng/test-summary.sh "$work/test.log" "${PIPESTATUS[0]}"
