#!/usr/bin/env bash
# Benchmark of the routing suggestions (issue 15), with the portal's own model classes.
#   bench/triage.sh            accuracy, learning curve, confusion matrix, then the latency through the portal
#   BENCH_PORTAL=0 bench/triage.sh    accuracy only (no portal started)
# 1. bench/TriageBench.java on case-tracking's compiled classes (TextClassifier, CrossValidation: the
#    classes the server trains and suggests with): stratified 5-fold cross-validation at the first level
#    on ../shared/corpus/messages-labelled.csv, top-1 and top-3, the confusion matrix, a learning curve at
#    100/200/300/400 training messages (each fold held out in turn), and the bare classifier's time to
#    rank one message.
# 2. The portal on Payara Micro with its embedded H2 database and demo data: the corpus imported through
#    POST /api/triage/training-examples, POST /api/triage/model/retrain, then 2,000 suggestions timed one
#    after another (p50/p99) beside the bare classifier's, as a ratio. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus=$root/../shared/corpus
[ -f "$corpus/messages-labelled.csv" ] || { echo "bench: the corpus is missing at $corpus" >&2; exit 1; }
classes=case-tracking/target/classes
[ -f "$classes/cn/gov/bizenv/casetracking/domain/model/triage/TextClassifier.class" ] \
  || mvn -B -q -o -pl case-tracking compile
echo "== accuracy ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "$classes" bench/TriageBench.java "$corpus/messages-labelled.csv"
[ "${BENCH_PORTAL:-1}" = 1 ] || exit 0

# shellcheck source=bin/lib/postgres.sh
. "$root/bin/lib/postgres.sh"
# shellcheck source=bench/lib/portal.sh
. "$root/bench/lib/portal.sh"
work=$(mktemp -d /tmp/portal-triage-bench.XXXXXX)
export PORTAL_DEMO=true PORTAL_DATA_DIR=$work/data
start_portal 2g
wait_for_portal
echo "== through the portal on H2 at $base"
java -cp "$classes" bench/TriageBench.java portal "$base" "$corpus/messages-labelled.csv"
