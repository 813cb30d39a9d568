# Sourced, not run: the one place that turns cargo's wasm into what is shipped, shared
# by scripts/build.sh (the app) and bench/build-baselines.sh (the empty Yew app), so the
# benchmark's framework floor goes through exactly the same wasm-bindgen and wasm-opt.
#
#   wasm_ship IN_WASM OUT_DIR OUT_NAME [--keep-names]
#
# writes OUT_DIR/OUT_NAME.js and OUT_DIR/OUT_NAME_bg.wasm. --keep-names keeps the name
# section (function names) through both tools: for twiggy, never for shipping. With
# WASM_SHIP_NAMES_DIR set (make bench does), every shipped wasm also gets a twin with
# its names there, so twiggy can break down whatever the build ships.
# Needs wasm-bindgen on PATH and wasm-opt (npm binaryen) in node_modules/.bin.

# The flags of every release build of a shipped Wasm (the app, the engine, the benchmark's
# empty Yew app), for CARGO_ENCODED_RUSTFLAGS: a panic's location names its source file,
# and a dependency's path would carry the builder's cargo home
# (`/root/.cargo/registry/src/index.crates.io-…/yew-0.23.0/src/…`): remapped to
# `yew-0.23.0/src/…`, the Wasm is the same on every machine, and lighter.
wasm_rustflags() {
  local flags=() src
  for src in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    [ -d "$src" ] || continue
    flags+=("--remap-path-prefix=$src=")
  done
  local IFS=$'\x1f'
  printf '%s' "${flags[*]}"
}

wasm_ship() {
  local in="$1" out_dir="$2" name="$3" keep_names="${4:-}"
  local root; root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local wasm_opt="$root/node_modules/.bin/wasm-opt"
  [ -x "$wasm_opt" ] || { echo "wasm_ship: error: $wasm_opt missing; run scripts/setup.sh" >&2; return 1; }

  # The name section (function names, for debugging) is large and of no use to a reader: never shipped.
  local strip_names=(--remove-name-section) debug_names=()
  if [ "$keep_names" = --keep-names ]; then strip_names=(); debug_names=(-g); fi
  wasm-bindgen --target web --no-typescript "${strip_names[@]}" --remove-producers-section \
    --out-dir "$out_dir" --out-name "$name" "$in"

  # rustc's wasm32-unknown-unknown emits these by default (Rust 1.82+/1.87+); wasm-opt
  # must be told so it accepts them and keeps them (no lowering, no new features).
  # --converge: run -Oz again while it still shrinks the module.
  # --low-memory-unused: Rust's stack grows down from 1 MB towards address 0 and its
  # data lies above it, so the first KB is never addressed; wasm-opt may then fold
  # constant offsets into loads and stores, which makes the code smaller.
  "$wasm_opt" -Oz --converge --low-memory-unused "${debug_names[@]}" \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out_dir/${name}_bg.wasm" -o "$out_dir/${name}_bg.wasm"

  # wasm-bindgen's glue is written for reading: minified, it is lighter to download.
  if [ "$keep_names" != --keep-names ]; then
    "$root/node_modules/.bin/esbuild" "$out_dir/$name.js" --minify --format=esm --log-level=warning \
      --outfile="$out_dir/$name.js" --allow-overwrite
  fi

  if [ -n "${WASM_SHIP_NAMES_DIR:-}" ] && [ "$keep_names" != --keep-names ]; then
    mkdir -p "$WASM_SHIP_NAMES_DIR"
    wasm_ship "$in" "$WASM_SHIP_NAMES_DIR" "$name" --keep-names
  fi
}
