#!/usr/bin/env bash
# Sets up a fresh machine for the whole test suite and runs it: Debian's
# Chromium for the browser tests (never a browser downloaded by a test tool),
# a Java runtime for the Nu HTML Checker, the locked npm dependencies (Node 24 comes with them), then `npm test`.
# Ends with one line "N passed, N failed" over all suites.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
	echo "Installing Debian's Chromium for the browser tests…"
	if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
	else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi

if ! command -v java >/dev/null 2>&1; then
	echo "Installing a Java runtime for the offline HTML checker (vnu-jar)…"
	if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null
	else sudo apt-get update -qq && sudo apt-get install -y -qq default-jre-headless >/dev/null; fi
fi

npm ci --no-audit --no-fund
status=$?
if [ $status = 0 ]; then
	npm test
	status=$?
fi

npx node scripts/test-summary.ts test-results/vitest.json "$status"
exit $status
