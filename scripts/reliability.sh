#!/usr/bin/env bash
# The long versions of the reliability tests (docs/RELIABILITY.md): over 100,000 fast-check cases,
# the hostile-file corpus with the 50 MB line analysed, 10,000 language-server edits, 12 kill -9
# cycles per store, five PostgreSQL restarts and a 10-minute soak at 100 connections. Each test
# prints its figures as a "[reliability] {json}" line; they are collected in $RELIABILITY_REPORT
# (default .reliability/figures.jsonl), each package's whole output in .reliability/<package>.log.
# PostgreSQL: TEST_DATABASE_URL when set; otherwise a throwaway cluster (scripts/test-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export RELIABILITY=long TURBO_TELEMETRY_DISABLED=1
mkdir -p .reliability
export RELIABILITY_REPORT="${RELIABILITY_REPORT:-$PWD/.reliability/figures.jsonl}"
: > "$RELIABILITY_REPORT"

npx turbo run build --output-logs=errors-only

if [ -z "${TEST_DATABASE_URL:-}" ] && [ -x /usr/lib/postgresql/15/bin/pg_ctl ] && [ "$(id -u)" = 0 ]; then
  eval "$(bash scripts/test-postgres.sh start)"
  trap 'bash scripts/test-postgres.sh stop "$PG_TEST_DIR"' EXIT
fi

status=0
run() {
  local pkg=$1; shift
  echo "== $pkg: $*"
  local t0=$SECONDS
  (cd "packages/$pkg" && npx vitest run "$@" 2>&1) | grep -v '^npm warn' | tee ".reliability/$pkg.log" || status=1
  grep -o '\[reliability\] .*' ".reliability/$pkg.log" | sed 's/^\[reliability\] //' >> "$RELIABILITY_REPORT" || true
  echo "== $pkg took $((SECONDS - t0)) s"
}
run model test/reliability/
run cli test/reliability.test.ts
run vscode-ext test/reliability.test.ts
run server test/reliability/

echo
echo "Figures ($RELIABILITY_REPORT):"
cat "$RELIABILITY_REPORT"
exit $status
