# Délais — build and test entry points. `make test` runs every test.
#
#   make setup   install the tools (scripts/setup.sh; idempotent, fast when done)
#   make build   release build of the web app into dist/
#   make serve   build, then serve dist/ on http://127.0.0.1:$(PORT) (default 8080) with the production
#                server: nginx and deploy/nginx.conf (scripts/serve.sh)
#   make dev-serve  the same files from Python's development server (scripts/dev-server.py)
#   make test    native tests, wasm-bindgen tests in headless Chromium, build, size budget, Playwright e2e
#   make bench   release build and baselines, then sizes, load and input timings, the engine's
#                cost, traced loads, Lighthouse -> bench/results.md and bench/results.json (about 6 min)
#
# One target/ directory for everything (native test, wasm test, wasm release).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
# wasm-bindgen-test-runner: Debian's chromedriver, capabilities (binary, flags) from webdriver.json.
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON ?= $(CURDIR)/webdriver.json
# In CI, Cargo.lock must already be up to date.
export DELAIS_CARGO_LOCKED := $(if $(CI),1,)
CARGO_FLAGS := $(if $(CI),--locked,)

PORT ?= 8080

.PHONY: setup build serve dev-serve test test-native test-wasm test-e2e bench size-check clean

setup:
	@scripts/setup.sh

build: setup
	@scripts/build.sh

serve: build
	scripts/serve.sh --port $(PORT) --dir dist

dev-serve: build
	python3 scripts/dev-server.py --port $(PORT) --dir dist

test: setup
	@echo "== cargo test (native)"
	cargo test $(CARGO_FLAGS)
	@echo "== tsc: a usage example against the generated static/delais-api.d.ts"
	node_modules/.bin/tsc -p tests/typescript
	@echo "== cargo test --target wasm32-unknown-unknown (headless Chromium)"
	cargo test $(CARGO_FLAGS) --target wasm32-unknown-unknown
	@echo "== build"
	scripts/build.sh
	@echo "== size budget (bench/budget)"
	bench/size-check.sh
	@echo "== playwright e2e"
	node_modules/.bin/playwright test
	@echo "== all tests passed"

# Single stages, for iterating (they assume `make setup` was run).
test-native:
	cargo test $(CARGO_FLAGS)
test-wasm:
	cargo test $(CARGO_FLAGS) --target wasm32-unknown-unknown
test-e2e:
	scripts/build.sh
	node_modules/.bin/playwright test

# The benchmark: see bench/run.sh. Writes bench/results.md and results.json.
bench: setup
	bench/run.sh

# The size budget alone, on the dist/ already built.
size-check:
	bench/size-check.sh

clean:
	rm -rf dist e2e/artifacts test-results bench/out
