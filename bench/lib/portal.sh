# Sourced by the benchmarks: the portal on Payara Micro, started from the built WAR and stopped (with
# the throw-away PostgreSQL and the work directory) when the calling script exits. Needs root and work
# set by the caller, and bin/lib/postgres.sh sourced.

# start_portal HEAP [JVM options...]: starts the portal in the background; sets port and server.
start_portal() {
  local heap=$1
  shift
  local war=portal-web/target/portal.war micro=portal-web/target/payara-micro.jar
  [ -f "$war" ] && [ -f "$micro" ] || mvn -B -q package -DskipTests
  port=$(free_local_port 18080 18180)
  java "-Xmx$heap" "$@" -jar "$micro" --deploy "$war" --contextroot portal --port "$port" --nocluster --nohazelcast \
    --rootdir "$work/payara" --logproperties "$root/portal-web/src/main/payara/logging.properties" \
    --prebootcommandfile "$root/portal-web/src/main/payara/pre-boot-commands.txt" > "$work/micro.log" 2>&1 &
  server=$!
  trap stop_portal EXIT
}

# maven_jar PROPERTY GROUP:ARTIFACT DIR: prints the path of the jar at the version the root pom's PROPERTY
# names, which Maven copies into DIR (fetching it when this machine has never had it).
maven_jar() {
  local version
  version=$(sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml")
  [ -n "$version" ] || { echo "bench: no <$1> in pom.xml" >&2; exit 1; }
  mvn -B -q -N dependency:copy -Dartifact="$2:$version" -DoutputDirectory="$3" >&2 \
    || { echo "bench: Maven could not fetch $2:$version" >&2; exit 1; }
  echo "$3/${2#*:}-$version.jar"
}

# stop_server: stops the portal only (its H2 file database closes with it).
stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}

stop_portal() {
  stop_server
  stop_throwaway_postgres
  rm -rf "$work"
}

# wait_for_portal: until the application answers (Micro reports ready even when the deployment
# failed); sets base.
wait_for_portal() {
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/portal/login.xhtml")" = 200 ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/micro.log" >&2; exit 1; }
    sleep 1
  done
  base="http://localhost:$port/portal/"
}
