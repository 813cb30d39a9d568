#!/usr/bin/env bash
# Bytes of every file under a directory (default dist/): one tab-separated line each,
#   path  raw  gzip-9  brotli-11
# path relative to the directory, sorted. The build's precompressed copies (FILE.gz,
# FILE.br) are not files of their own: they are the gzip and brotli columns of FILE. gzip is `gzip -9 -n` (no file name or time in
# the header, as a server sends it); brotli is `brotli -q 11`. Used by bench/size-check.sh
# (gzip only: `--gzip-only`) and bench/lib/sizes.mjs.
set -euo pipefail

gzip_only=0
if [ "${1:-}" = --gzip-only ]; then gzip_only=1; shift; fi
dir="${1:-dist}"
[ -d "$dir" ] || { echo "sizes: error: $dir not found (run scripts/build.sh first)" >&2; exit 1; }
if [ "$gzip_only" = 0 ] && ! command -v brotli >/dev/null; then
  echo "sizes: error: brotli not found (scripts/setup.sh installs it)" >&2; exit 1
fi

while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -n -c <"$f" | wc -c)
  if [ "$gzip_only" = 1 ]; then br=-; else br=$(brotli -q 11 -c <"$f" | wc -c); fi
  printf '%s\t%d\t%d\t%s\n' "${f#"$dir"/}" "$raw" "$gz" "$br"
done < <(find "$dir" -type f ! -name '*.gz' ! -name '*.br' | LC_ALL=C sort)
