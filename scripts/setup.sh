#!/usr/bin/env bash
# Installs what `make build` and `make test` need, skipping whatever is already
# present at the right version. Idempotent; a few seconds when nothing is missing.
#
#   - Rust target wasm32-unknown-unknown (rustup)
#   - wasm-bindgen-cli at exactly the version of `wasm-bindgen` in Cargo.lock
#     (also provides wasm-bindgen-test-runner)
#   - Debian: chromium, chromium-driver, brotli; nginx and its brotli_static module (the
#     production server that `make serve` and the e2e suite run: deploy/nginx.conf)
#   - npm devDependencies from package-lock.json (wasm-opt from binaryen, Playwright, axe-core)
#
# Nothing here downloads a browser or a prebuilt binary: only crates.io, Debian and npm.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PATH="$HOME/.cargo/bin:$PATH"

LOG_DIR="${TMPDIR:-/tmp}/delais-setup"
mkdir -p "$LOG_DIR"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# Runs a noisy command with its output in a log file; shows the log's tail on failure.
quietly() {
  local name="$1"; shift
  local log="$LOG_DIR/$name.log"
  local start=$SECONDS
  if ! "$@" >"$log" 2>&1; then
    printf 'setup: error: %s failed; last lines of %s:\n' "$name" "$log" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  say "  done in $((SECONDS - start)) s"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

command -v cargo >/dev/null || die "cargo not found (install Rust with rustup first)"
command -v rustup >/dev/null || die "rustup not found"

# 1. Rust target -----------------------------------------------------------------
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  say "rust target wasm32-unknown-unknown: ok"
else
  say "rust target wasm32-unknown-unknown: installing"
  quietly rustup-target rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli, same version as the wasm-bindgen crate in Cargo.lock --------
WB_VERSION="$(awk '
  /^\[\[package\]\]/ { in_wb = 0 }
  /^name = "wasm-bindgen"$/ { in_wb = 1; next }
  in_wb && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$WB_VERSION" ] || die "no wasm-bindgen package in Cargo.lock"

have_wb="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
have_runner="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_wb" = "$WB_VERSION" ] && [ "$have_runner" = "$WB_VERSION" ]; then
  say "wasm-bindgen-cli $WB_VERSION: ok"
else
  say "wasm-bindgen-cli $WB_VERSION: installing with cargo (about 4-6 min; found '${have_wb:-none}')"
  # No --locked: the CLI's own lockfile wants a crate version the registry here lacks.
  quietly cargo-install-wasm-bindgen-cli \
    env CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# 3. Debian packages: Chromium and its WebDriver for the browser tests, brotli, nginx -
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && command -v brotli >/dev/null \
   && [ -x /usr/sbin/nginx ] && [ -f "$BROTLI_MODULE" ]; then
  say "chromium, chromedriver, brotli, nginx (brotli_static): ok"
else
  say "chromium, chromium-driver, brotli, nginx, libnginx-mod-http-brotli-static: installing with apt-get (about 30-60 s)"
  quietly apt-update as_root apt-get update
  quietly apt-install as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends chromium chromium-driver brotli \
    nginx libnginx-mod-http-brotli-static
fi

# 4. npm devDependencies (never a browser download) ---------------------------------
command -v npm >/dev/null || die "npm not found (Node.js 20+ is needed)"
STAMP="node_modules/.delais-lock.sha256"
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] \
   && [ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/playwright ]; then
  say "npm packages: ok"
else
  say "npm packages: npm ci"
  quietly npm-ci npm ci --no-audit --no-fund --loglevel=error
  printf '%s\n' "$want" >"$STAMP"
fi

say "all tools present"
