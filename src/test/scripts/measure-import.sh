#!/usr/bin/env bash
# Measures the supplier import: posts a generated CSV file as the demo administrator and reports
# the wall time, the answer's counts, and the peak memory while importing (resident memory of the
# Payara Micro process when it runs on this machine, used heap from /metrics in any case).
#   src/test/scripts/measure-import.sh [rows] [base-url]
# Without a base URL the script starts the packaged app (run `mvn package -DskipTests` first) on
# a fresh H2 file database under target/import-measure, or on the database DB_URL/DB_USER/
# DB_PASSWORD name, and stops it afterwards. The same file is posted twice: the first run imports
# every line, the second finds them all unchanged. ADMIN_PASSWORD defaults to the demo password.
set -euo pipefail
cd "$(dirname "$0")/../../.."

rows=${1:-100000}
base=${2:-}
password=${ADMIN_PASSWORD:-kringkoop-demo}
file=target/suppliers-$rows.csv
[ -f "$file" ] || java src/test/scripts/GenerateSupplierCsv.java "$rows" "$file"

pid=
if [ -z "$base" ]; then
  port=${PORT:-8189}
  base=http://localhost:$port
  data_dir=target/import-measure
  rm -rf "$data_dir"
  : "${DB_URL:=jdbc:h2:file:./$data_dir/kringkoop;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}"
  export DB_URL
  java -Xmx768m -Duser.timezone=UTC -Dhazelcast.phone.home.enabled=false \
    -jar target/payara-micro.jar --deploy target/kringkoop.war --contextroot / --port "$port" \
    --nocluster --nohazelcast --disablephonehome >target/import-measure.log 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  until curl -fs "$base/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see target/import-measure.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "app ready on $base (pid $pid)"
fi

token=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$base/api/v1/auth/tokens" | jq -r .token)

heap() {
  curl -fs "$base/metrics" 2>/dev/null | awk '/^(base_)?memory_usedHeap_bytes/ {print int($NF/1048576)}' | head -1
}

measure() {
  local label=$1
  local samples=target/import-measure-$label.samples
  : >"$samples"
  ( while true; do
      rss=0
      if [ -n "$pid" ]; then rss=$(( $(ps -o rss= -p "$pid") / 1024 )); fi
      echo "$rss $(heap || echo 0)" >>"$samples"
      sleep 1
    done ) &
  local sampler=$!
  local start end
  start=$(date +%s%N)
  curl -fsS -o "target/import-measure-$label.json" -H "Authorization: Bearer $token" \
    -H 'Content-Type: text/csv; charset=UTF-8' -H 'Accept-Language: en' \
    --data-binary "@$file" --max-time 600 "$base/api/v1/suppliers/import"
  end=$(date +%s%N)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  printf '%s: %d lines in %.1f s; %s; peak RSS %s MB, peak used heap %s MB (1 s samples)\n' \
    "$label" "$rows" "$(echo "($end - $start) / 1000000000" | bc -l)" \
    "$(jq -c '{imported, updated, unchanged, rejected: (.rejected | length)}' "target/import-measure-$label.json")" \
    "$(sort -n -k1 "$samples" | tail -1 | cut -d' ' -f1)" \
    "$(sort -n -k2 "$samples" | tail -1 | cut -d' ' -f2)"
}

echo "before: RSS $([ -n "$pid" ] && echo $(( $(ps -o rss= -p "$pid") / 1024 )) || echo '?') MB, used heap $(heap) MB"
measure first
measure again
