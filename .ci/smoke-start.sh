#!/usr/bin/env bash
# Starts Hindsight exactly as the README says (npm start, no DATABASE_URL: embedded PostgreSQL),
# fetches a seeded page, stops it, starts it again on the same data and checks that nothing was
# imported twice.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL
export PORT=${SMOKE_PORT:-3210} HINDSIGHT_DB_PORT=${SMOKE_DB_PORT:-54410}
export HINDSIGHT_DATA_DIR
HINDSIGHT_DATA_DIR=$(mktemp -d)/pglite
log=$(mktemp)

start_and_check() {
  setsid npm start >"$log" 2>&1 &
  local pid=$!
  local ok=
  for _ in $(seq 1 240); do
    if grep -q "Hindsight is running at" "$log"; then ok=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if [ -z "$ok" ]; then cat "$log"; echo "The start command did not come up."; kill -- -"$pid" 2>/dev/null || true; exit 1; fi
  local page
  page=$(curl -fsS "http://localhost:$PORT/w/_/monitoring-drift-and-retraining")
  grep -q "Monitoring, drift and retraining" <<<"$page" || { echo "Seeded page missing"; exit 1; }
  curl -fsS "http://localhost:$PORT/projects/churn-prediction" | grep -q "Subscriber churn prediction"
  kill -TERM -- -"$pid"
  wait "$pid" 2>/dev/null || true
  grep -E "Embedded PostgreSQL|Content:|running at" "$log"
}

start_and_check
grep -qE "Content: [1-9][0-9]* created" "$log" || { echo "First start imported nothing"; exit 1; }
start_and_check
grep -q "Content: 0 created, 0 updated" "$log" || { echo "Second start imported content again"; exit 1; }
echo "Start command: OK (served seeded pages twice on the same embedded data, no duplicates)."
