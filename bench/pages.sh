#!/usr/bin/env bash
# What a phone sees of the portal's pages, measured by Lighthouse 12.2.3 (pinned; installed by this
# script with npm into bench/.lighthouse, never globally) with its mobile settings (a slow 4G
# network and a 4× slower CPU, simulated) in Debian's headless Chromium.
#   bench/pages.sh
# Starts the portal on Payara Micro with the embedded H2 database and the demo data, signs in as
# the officer and the triage officer with the sign-in form (the session cookie goes to Lighthouse
# as a header), and prints for the public write, track, letters and statistics pages and those two
# staff home pages: the accessibility, performance and best-practices scores, the first
# contentful paint and the total weight. Each page is loaded once before it is measured, so that
# the figures are those of a visitor who has been here before. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
chromium=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "bench: Chromium is needed at $chromium (apt-get install chromium)" >&2; exit 1; }
command -v npm >/dev/null || { echo "bench: npm is needed to install Lighthouse" >&2; exit 1; }

lighthouse_dir=$root/bench/.lighthouse
if [ ! -x "$lighthouse_dir/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$lighthouse_dir" --no-audit --no-fund --silent lighthouse@12.2.3 >&2
fi
lighthouse=$lighthouse_dir/node_modules/.bin/lighthouse

# shellcheck source=bin/lib/postgres.sh
. "$root/bin/lib/postgres.sh"
# shellcheck source=bench/lib/portal.sh
. "$root/bench/lib/portal.sh"
work=$(mktemp -d /tmp/portal-pages-bench.XXXXXX)
export PORTAL_DEMO=true PORTAL_DATA_DIR=$work/data
start_portal 1g
wait_for_portal

# session_cookie USER: signs in through the form as a person would and prints the cookie header.
session_cookie() {
  local jar=$work/$1.cookies page state nonce
  page=$(curl -s -c "$jar" -b "$jar" "${base}login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  # PrimeFaces' CSP mode refuses a post without the page's script nonce, which its script adds.
  nonce=$(grep -o 'nonce="[^"]*"' <<<"$page" | head -1 | sed 's/nonce="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -H "Origin: http://localhost:$port" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$1" \
    --data-urlencode "loginForm:password=Demo@2026" --data-urlencode "loginForm:next=" \
    --data-urlencode "loginForm:submit=" --data-urlencode "primefaces.nonce=$nonce" \
    --data-urlencode "jakarta.faces.ViewState=$state" "${base}login.xhtml"
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar" | tail -1
}

# measure NAME PATH [COOKIE]
measure() {
  local report=$work/$1.json headers='{}'
  [ -n "${3:-}" ] && headers="{\"Cookie\":\"$3\"}"
  curl -s -o /dev/null -H "Cookie: ${3:-}" "$base$2"
  CHROME_PATH=$chromium "$lighthouse" "$base$2" --quiet --output=json --output-path="$report" \
    --only-categories=accessibility,performance,best-practices --form-factor=mobile \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
    --extra-headers="$headers" >/dev/null 2>&1 || { echo "$1: Lighthouse failed" >&2; return; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories, a = r.audits;
    const s = k => Math.round(c[k].score * 100);
    console.log([process.argv[2].padEnd(16), String(s("accessibility")).padStart(14),
      String(s("performance")).padStart(12), String(s("best-practices")).padStart(15),
      (a["first-contentful-paint"].numericValue / 1000).toFixed(1).padStart(7) + " s",
      (a["total-byte-weight"].numericValue / 1024).toFixed(0).padStart(9) + " KiB",
      (r.finalDisplayedUrl || r.finalUrl).includes("login.xhtml") ? "  (not signed in!)" : ""].join(""));
  ' "$report" "$1"
}

echo "Lighthouse $("$lighthouse" --version), mobile, $(date -u +%F)"
printf '%-16s%14s%12s%15s%9s%13s\n' page accessibility performance best-practices FCP weight
measure write public/write.xhtml
measure track public/track.xhtml
measure letters public/letters.xhtml
measure statistics public/statistics.xhtml
measure officer-home officer/home.xhtml "$(session_cookie officer)"
measure triage-home index.xhtml "$(session_cookie triage)"
