#!/usr/bin/env bash
# Measures the spend dashboard on a year with a million invoices: starts the packaged app (run
# `mvn package -DskipTests` first) on a fresh MariaDB database with the demo data, adds RECORDS
# invoices (default 1,000,000) to one year of the demo municipality with SQL, lets the app build
# that year's summary by importing one invoice for each month through the spend import (timed:
# an import spanning the year pays this), times one more invoice (only its month is rebuilt), then
# signs in as the demo analyst and times the dashboard page and the spend report API, each
# requested RUNS times (default 20) after two warm-up requests.
#   src/test/scripts/measure-dashboard.sh [records] [runs]
# Needs the mariadb client with root access to the local server (the development default) and jq.
# The database kringkoop_dashboard and the user kringkoop_dash are dropped and created anew.
set -euo pipefail
cd "$(dirname "$0")/../../.."

records=${1:-1000000}
runs=${2:-20}
year=$(( $(date +%Y) - 2 ))
port=${PORT:-8193}
base=http://localhost:$port
db=kringkoop_dashboard
db_password=$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
sql() { mariadb -uroot "$@"; }

sql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'kringkoop_dash'@'127.0.0.1' IDENTIFIED BY '$db_password';
  ALTER USER 'kringkoop_dash'@'127.0.0.1' IDENTIFIED BY '$db_password';
  GRANT ALL ON $db.* TO 'kringkoop_dash'@'127.0.0.1';"

DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true" \
DB_USER=kringkoop_dash DB_PASSWORD="$db_password" \
  java -Xmx768m -Duser.timezone=UTC -Dhazelcast.phone.home.enabled=false \
    -jar target/payara-micro.jar --deploy target/kringkoop.war --contextroot / --port "$port" \
    --nocluster --nohazelcast --disablephonehome >target/dashboard-measure.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs "$base/health/ready" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see target/dashboard-measure.log" >&2; exit 1; }
  sleep 0.5
done
echo "app ready on $base (pid $pid)"

started=$(date +%s)
sql "$db" <<SQL
SET @buyer = (SELECT id FROM organisation WHERE cbs_code = 'GM0268');
CREATE TEMPORARY TABLE bench_contract AS
  SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM contract WHERE buyer_id = @buyer;
SET @contracts = (SELECT COUNT(*) FROM bench_contract);
INSERT INTO spend_record (version, buyer_id, contract_id, import_key, invoice_number, invoice_date,
    amount, paid_on, r_strategy, origin, created_at, updated_at)
  SELECT 0, @buyer, c.id, CONCAT('bench|', s.seq), CONCAT('B', s.seq),
      DATE_ADD('$year-01-01', INTERVAL s.seq % 365 DAY), 50 + (s.seq * 7919) % 25000,
      CASE WHEN s.seq % 17 = 0 THEN NULL
           ELSE DATE_ADD('$year-01-01', INTERVAL s.seq % 365 + 5 + s.seq % 45 DAY) END,
      NULL, 'IMPORT', NOW(6), NOW(6)
  FROM seq_0_to_$((records - 1)) s JOIN bench_contract c ON c.n = s.seq % @contracts;
INSERT INTO spend_share (spend_record_id, buyer_id, recipient_id, amount, spend_year, spend_month,
    department, r_strategy, circular, locality, recipient_region, size_class, social_enterprise,
    counts_invoice, payment)
  SELECT r.id, r.buyer_id, p.organisation_id, ROUND(r.amount * p.share_percent / 100, 2),
      YEAR(r.invoice_date), MONTH(r.invoice_date),
      ELT(1 + r.id % 8, 'Openbare Ruimte', 'Vastgoed', 'Sociaal Domein', 'Mobiliteit',
          'Afval en Grondstoffen', 'Facilitaire Zaken', 'Onderwijs', 'Cultuur en Sport'),
      ELT(1 + r.id % 11, 'R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', NULL),
      r.id % 11 < 8,
      ELT(1 + r.id % 4, 'MUNICIPALITY', 'REGION', 'PROVINCE', 'ELSEWHERE'),
      CONCAT('CR', LPAD(r.id % 40, 2, '0')),
      ELT(1 + r.id % 4, 'MICRO', 'SMALL', 'MEDIUM', 'LARGE'),
      r.id % 9 = 0,
      p.party_role <> 'MEMBER',
      CASE WHEN r.paid_on IS NULL THEN 'OPEN'
           WHEN DATEDIFF(r.paid_on, r.invoice_date) <= 30 THEN 'ON_TIME' ELSE 'LATE' END
  FROM spend_record r JOIN contract_party p ON p.contract_id = r.contract_id
  WHERE r.import_key LIKE 'bench|%';
SQL
echo "seeded $records invoices for $year in $(( $(date +%s) - started )) s: $(sql -N "$db" -e \
  "SELECT CONCAT(COUNT(*), ' shares') FROM spend_share WHERE spend_year = $year")"

officer_token=$(curl -fs -H 'Content-Type: application/json' \
  -d '{"username":"officer","password":"kringkoop-demo"}' "$base/api/v1/auth/tokens" | jq -r .token)
reference=$(sql -N "$db" -e "SELECT reference FROM contract ORDER BY id LIMIT 1")
import_csv() {
  local label=$1 file=target/dashboard-$1.csv
  shift
  printf 'contract_reference;invoice_number;invoice_date;amount;paid_date;r_strategy\n' >"$file"
  for line in "$@"; do printf '%s;%s\n' "$reference" "$line" >>"$file"; done
  local took
  took=$(curl -fsS -o "target/dashboard-$label.json" -w '%{time_total}' \
    -H "Authorization: Bearer $officer_token" -H 'Content-Type: text/csv; charset=UTF-8' \
    --data-binary "@$file" "$base/api/v1/spend/import")
  echo "$label: ${took} s; $(jq -c . "target/dashboard-$label.json")"
}
# The seeded shares bypassed the app, so no summary exists yet: one imported invoice in each month
# makes the app rebuild all twelve months of the year, as an import spanning the year does.
import_csv "import of 12 invoices, one per month (summary of all 12 months rebuilt)" \
  $(for m in $(seq -w 1 12); do echo "BENCH-$m;$year-$m-15;100.00;;"; done)
# What one more invoice costs: its month is rebuilt.
import_csv "import of one invoice (its month rebuilt)" "BENCH-ONE;$year-06-30;100.00;;"
echo "summary rows for $year: $(sql -N "$db" -e "SELECT COUNT(*) FROM spend_summary WHERE spend_year = $year")"

jar=target/dashboard-measure.cookies
rm -f "$jar"
viewstate=$(curl -fs -c "$jar" -b "$jar" "$base/login.xhtml" |
  grep -o 'jakarta.faces.ViewState:0" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode login=login \
  --data-urlencode username=analyst --data-urlencode password=kringkoop-demo \
  --data-urlencode next= --data-urlencode signIn= \
  --data-urlencode "jakarta.faces.ViewState=$viewstate" "$base/login.xhtml"
analyst_token=$(curl -fs -H 'Content-Type: application/json' \
  -d '{"username":"analyst","password":"kringkoop-demo"}' "$base/api/v1/auth/tokens" | jq -r .token)

timings() {
  local label=$1
  shift
  for _ in 1 2; do curl -fs -o /dev/null "$@"; done
  for _ in $(seq "$runs"); do curl -fs -o target/dashboard-measure.out -w '%{time_total}\n' "$@"; done |
    sort -n | awk -v label="$label" '{t[NR] = $1} END {
      printf "%s: median %.0f ms, p90 %.0f ms, max %.0f ms (%d requests)\n", label,
        1000 * t[int((NR + 1) / 2)], 1000 * t[int(NR * 0.9 + 0.5)], 1000 * t[NR], NR }'
}

timings "dashboard page $year" -b "$jar" "$base/analyst/dashboard.xhtml?year=$year"
grep -q "$year" target/dashboard-measure.out || echo "warning: the page did not mention $year" >&2
timings "dashboard page $year, one department" -b "$jar" \
  "$base/analyst/dashboard.xhtml?year=$year&department=Vastgoed"
timings "GET /api/v1/reports/spend?year=$year" -H "Authorization: Bearer $analyst_token" \
  "$base/api/v1/reports/spend?year=$year"
echo "report totals: $(curl -fs -H "Authorization: Bearer $analyst_token" \
  "$base/api/v1/reports/spend?year=$year" | jq -c '{totalSpend, payments}')"
