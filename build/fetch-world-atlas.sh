#!/usr/bin/env bash
# Fetches the page's offline basemap, world-atlas's countries-110m.json (Natural Earth 1:110m,
# public domain), from the npm package named in $1 with the machine's ordinary npm client and its
# configured registry, into folder $2, and copies it into the classes folder $3 (so it is in the jar).
# Skips the fetch when the file is already there. Nothing is downloaded at run time.
set -euo pipefail
pkg="$1"; cache="$2"; classes="$3"
if [ ! -s "$cache/countries-110m.json" ]; then
  command -v npm >/dev/null || { echo "fetch-world-atlas: npm is required to fetch $pkg" >&2; exit 1; }
  rm -rf "$cache/npm"; mkdir -p "$cache/npm"
  (cd "$cache/npm" && npm pack --silent "$pkg" >/dev/null)
  tgz=$(ls "$cache"/npm/*.tgz | head -n 1)
  tar -xzf "$tgz" -C "$cache/npm"
  cp "$cache/npm/package/LICENSE" "$cache/LICENSE.npm" 2>/dev/null || true
  mv "$cache/npm/package/countries-110m.json" "$cache/countries-110m.json.part"
  rm -rf "$cache/npm"
  mv "$cache/countries-110m.json.part" "$cache/countries-110m.json"
fi
mkdir -p "$classes"
cp "$cache/countries-110m.json" "$classes/countries-110m.json"
