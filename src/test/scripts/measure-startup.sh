#!/usr/bin/env bash
# Measures how long Kringkoop takes from launching the JVM to a first UP on /health/ready, and
# its resident memory then, the way `mvn -Prun` starts it. Run `mvn package -DskipTests` first.
#   src/test/scripts/measure-startup.sh [runs] [--fresh] [--full-jit]
# --fresh deletes the H2 database before every run (first start with demo data loading);
# --full-jit leaves out the quick-start JVM flags of the run profile.
set -euo pipefail
cd "$(dirname "$0")/../../.."

runs=${1:-3}
fresh=false
jvm_flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
for arg in "${@:2}"; do
  case $arg in
    --fresh) fresh=true ;;
    --full-jit) jvm_flags=() ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
port=${PORT:-8089}
data_dir=target/startup-measure
url="jdbc:h2:file:./$data_dir/kringkoop;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

for run in $(seq 1 "$runs"); do
  if [ "$fresh" = true ]; then rm -rf "$data_dir"; fi
  start=$(date +%s%N)
  DB_URL="$url" java -Xmx768m "${jvm_flags[@]}" -Duser.timezone=UTC \
    -jar target/payara-micro.jar --deploy target/kringkoop.war --contextroot / --port "$port" \
    --nocluster --nohazelcast --disablephonehome >"target/startup-measure-$run.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run $run: the server stopped; see target/startup-measure-$run.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  end=$(date +%s%N)
  rss_kb=$(ps -o rss= -p "$pid")
  printf 'run %d: ready in %.1f s, RSS %d MB\n' "$run" "$(echo "($end - $start) / 1000000000" | bc -l)" $((rss_kb / 1024))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
