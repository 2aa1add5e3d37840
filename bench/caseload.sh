#!/usr/bin/env bash
# The caseload benchmark (issue 3): a million cases and 200,000 residents in PostgreSQL, then
# wrk with 32 connections against the professional's work queue and a resident's case page.
#
#   DATABASE_URL=postgres://user@127.0.0.1:5432/plein_bench bench/caseload.sh [cases] [residents]
#
# The database should be empty (or hold an earlier run's data: the generator is skipped when the
# cases are already there). It builds the release binary, generates the data, starts Plein on a
# free port and prints wrk's latency distribution per page. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

CASES=${1:-1000000}
RESIDENTS=${2:-200000}
DURATION=${DURATION:-30s}
: "${DATABASE_URL:?set DATABASE_URL to an empty PostgreSQL database}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
export DATABASE_URL PLEIN_DEMO=ja PLEIN_DATA_DIR=${PLEIN_DATA_DIR:-$(mktemp -d)} LOG_LEVEL=warning

scripts/build-release
BIN="$(scripts/build-release --show-bin-path)/plein"

EXISTING=$(psql "$DATABASE_URL" -Atc "SELECT COUNT(*) FROM zaken" 2>/dev/null || echo 0)
if [ "$EXISTING" -lt "$CASES" ]; then
    "$BIN" generate-cases --cases "$CASES" --residents "$RESIDENTS"
fi

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --hostname 127.0.0.1 --port "$PORT" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
until curl -fsS "$BASE/health" >/dev/null 2>&1; do sleep 0.5; done

# Log in as the demo professional; wrk sends her session cookie.
JAR=$(mktemp)
TOKEN=$(curl -fsS -c "$JAR" "$BASE/inloggen" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$TOKEN" \
    --data-urlencode "inlognaam=petra@gemeente-voorbeeld.nl" --data-urlencode "wachtwoord=plein-demo-2026" "$BASE/inloggen"
# Both of Plein's cookies, session and CSRF, as a browser sends them (without the CSRF cookie
# every request would be a new visitor's, who is given a new token).
COOKIE=$(awk '$6 == "plein_sessie" || $6 == "plein_csrf" { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$JAR")
case "$COOKIE" in *plein_sessie=*) ;; *) echo "login failed" >&2; exit 1 ;; esac
CASE=$(curl -fsS -b "$COOKIE" "$BASE/werkvoorraad?pagina=2000" | grep -o 'href="/zaken/[0-9a-fA-F-]*"' | head -1 | sed 's/href="//; s/"$//')

# Warm up (and let the first round of the case clock finish) before measuring.
sleep 10
wrk -t2 -c32 -d10s -H "Cookie: $COOKIE" "$BASE/werkvoorraad" >/dev/null

for page in "/werkvoorraad" "/werkvoorraad?urgentie=te-laat&pagina=50" "/werkvoorraad?zoek=jansen&pagina=200" "$CASE"; do
    echo "== $page"
    wrk -t2 -c32 -d"$DURATION" --latency -H "Cookie: $COOKIE" "$BASE$page" | sed -n '/Latency Distribution/,/Requests\/sec/p'
done
