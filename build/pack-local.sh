#!/usr/bin/env bash
# Packs the library packages into a local folder feed, the way to install them until they are on a public feed.
#   bash build/pack-local.sh [FEED] [dotnet pack options...]
# FEED defaults to artifacts/local-feed; options such as -p:PackageVersion=0.1.0-mine go to every `dotnet pack`.
# Prints the nuget.config that makes an app restore from the feed (next to the sources it already has).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
feed="${1:-$root/artifacts/local-feed}"
shift || true
mkdir -p "$feed"
feed="$(cd "$feed" && pwd)"
for project in src/OneRoster.Client.csproj src/Csv/OneRoster.Csv.csproj src/Sync/OneRoster.Sync.csproj src/Testing/OneRoster.Testing.csproj; do
  dotnet pack "$root/$project" -c "${CONFIGURATION:-Release}" -o "$feed" -nologo -v:q "$@"
done
cat <<CONFIG
Packed into $feed. Put this nuget.config next to your app's project (or run
  dotnet nuget add source "$feed" --name oneroster-local):
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="oneroster-local" value="$feed" />
  </packageSources>
</configuration>
CONFIG
