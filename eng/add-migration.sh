#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets.
# Usage: eng/add-migration.sh <MigrationName>
set -euo pipefail
name="${1:?usage: eng/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet restore "src/MndCare.Migrations.$provider" >/dev/null
  echo "Adding migration $name to MndCare.Migrations.$provider"
  dotnet ef migrations add "$name" \
    --project "src/MndCare.Migrations.$provider" \
    --startup-project "src/MndCare.Migrations.$provider" \
    --output-dir Migrations
done
echo "Review both migrations; raw SQL (triggers, functions) must be added to each provider by hand."
