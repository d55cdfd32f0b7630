#!/usr/bin/env bash
# Starts Hindsight exactly as the README says (npm start, no DATABASE_URL: embedded PostgreSQL),
# fetches a seeded page, stops it, starts it again on the same data and checks that nothing was
# imported twice.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DATABASE_URL
export PORT=${SMOKE_PORT:-3210} HINDSIGHT_DB_PORT=${SMOKE_DB_PORT:-54410}
export HINDSIGHT_DATA_DIR
# mktemp's folder is private (700); as root the database runs as `postgres`, which must enter it.
scratch=$(mktemp -d)
chmod 755 "$scratch"
HINDSIGHT_DATA_DIR=$scratch/postgres
log=$(mktemp)

jar=$(mktemp)
password=

# Signs in through next-auth's credentials endpoint (as the sign-in form does) with the admin
# password printed on the first start, then reads seeded pages with that session.
sign_in_and_read() {
  local base="http://localhost:$PORT" csrf page
  [ -n "$password" ] || password=$(sed -n 's/^  password: //p' "$log")
  [ -n "$password" ] || { cat "$log"; echo "The first start printed no admin password."; exit 1; }
  rm -f "$jar"
  curl -fsS -o /dev/null -w "%{http_code}" "$base/" | grep -q 307 || { echo "Signed-out visitors must be redirected"; exit 1; }
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$base/api/auth/csrf" | sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" -X POST "$base/api/auth/callback/credentials" \
    --data-urlencode "csrfToken=$csrf" --data-urlencode "email=admin@hindsight.local" \
    --data-urlencode "password=$password" --data-urlencode "json=true"
  grep -q "next-auth.session-token" "$jar" || { echo "Sign-in on the embedded database failed"; exit 1; }
  page=$(curl -fsS -b "$jar" "$base/w/_/monitoring-drift-and-retraining")
  grep -q "Monitoring, drift and retraining" <<<"$page" || { echo "Seeded page missing"; exit 1; }
  curl -fsS -b "$jar" "$base/projects/churn-prediction" | grep -q "Subscriber churn prediction"
  # Search on the embedded database: the indexer ran at start; a typo is corrected.
  local result
  result=$(curl -fsS -b "$jar" -H 'content-type: application/json' -d '{"q":"drfit"}' "$base/api/search")
  grep -q '"correctedQuery":"drift"' <<<"$result" && grep -q 'monitoring-drift-and-retraining' <<<"$result" \
    || { echo "Search on the embedded database failed: $result"; exit 1; }
}

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
  sign_in_and_read
  kill -TERM -- -"$pid"
  wait "$pid" 2>/dev/null || true
  grep -E "Embedded PostgreSQL|Content:|running at" "$log"
}

start_and_check
grep -qE "Content: [1-9][0-9]* created" "$log" || { echo "First start imported nothing"; exit 1; }
start_and_check
grep -q "Content: 0 created, 0 updated" "$log" || { echo "Second start imported content again"; exit 1; }
! grep -q "password:" "$log" || { echo "The admin password must be printed on the first start only"; exit 1; }
echo "Start command: OK (signed in, served seeded pages and search twice on the same embedded data, no duplicates)."
