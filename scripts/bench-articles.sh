#!/usr/bin/env bash
# Benchmark `blogctl articles` against psql on the same server, the same
# query and the same machine, side by side, with a release build.
#
#   scripts/bench-articles.sh
#
# BLOGCTL_BENCH_URL   the benchmark database (created and filled when
#                     missing: 1,000,000 articles by 10,000 authors, half of
#                     them with an address). Default:
#                     postgresql://postgres@localhost:5432/blogctl_bench_articles?sslmode=disable
# BENCH_REBUILD=1     drop and rebuild the database first.
# BENCH_RUNS=N        hyperfine runs per command (default 5).
#
# Needs psql, hyperfine, python3, and /usr/bin/time (GNU) for peak memory.
set -euo pipefail

URL=${BLOGCTL_BENCH_URL:-postgresql://postgres@localhost:5432/blogctl_bench_articles?sslmode=disable}
RUNS=${BENCH_RUNS:-5}
# The same server's maintenance database, to create the benchmark one.
ADMIN_URL=$(printf '%s' "$URL" | sed -E 's#^(postgres(ql)?://[^/?]*)/?[^?]*#\1/postgres#')
DB=$(printf '%s' "$URL" | sed -E 's#^postgres(ql)?://[^/?]*/?([^?]*).*#\2#')
[ -n "$DB" ] || { echo "BLOGCTL_BENCH_URL must name a database" >&2; exit 2; }

cd "$(dirname "$0")/.."
cargo build --release --quiet
BLOGCTL=$PWD/target/release/blogctl
PSQL="psql -X -q -v ON_ERROR_STOP=1"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

exists=$($PSQL "$ADMIN_URL" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")
if [ "${BENCH_REBUILD:-0}" = 1 ] && [ "$exists" = 1 ]; then
    $PSQL "$ADMIN_URL" -c "DROP DATABASE \"$DB\" WITH (FORCE)"
    exists=
fi
if [ "$exists" != 1 ]; then
    echo "building $DB: 1,000,000 articles by 10,000 authors ..." >&2
    $PSQL "$ADMIN_URL" -c "CREATE DATABASE \"$DB\""
    "$BLOGCTL" --no-env-file --database-url "$URL" -q migrate
    $PSQL "$URL" <<'SQL'
BEGIN;
INSERT INTO addresses (street, city, country)
SELECT n || ' Main Street, Apt "' || n % 50 || '"', 'City ' || n % 300, 'Country ' || n % 40
FROM generate_series(1, 5000) n;
-- Every second author has an address.
INSERT INTO users (email, name, password, address_id)
SELECT 'author' || n || '@example.com', 'Author ' || n,
       '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0YmVuY2g$YmVuY2hoYXNoYmVuY2hoYXNoYmVuY2hoYXNoYmVu',
       CASE WHEN n % 2 = 0 THEN n / 2 END
FROM generate_series(1, 10000) n;
-- Titles with commas and quotes, contents with a line break (about 230 bytes).
INSERT INTO articles (title, article_content, author_id)
SELECT 'Article ' || n || CASE WHEN n % 10 = 0 THEN ', with "quotes"' ELSE '' END,
       'First line of article ' || n || E'\n' || repeat(md5(n::text), 6),
       1 + n % 10000
FROM generate_series(1, 1000000) n;
COMMIT;
VACUUM ANALYZE;
SQL
fi

# The query `blogctl articles list` sends (src/db/articles.rs).
JOIN="SELECT a.id, a.title, a.article_content, a.author_id, u.email, u.name, ad.id, ad.street, ad.city, ad.country FROM articles a JOIN users u ON u.id = a.author_id LEFT JOIN addresses ad ON ad.id = u.address_id"
AUTHOR=4242
ARTICLE=500000
B="$BLOGCTL --no-env-file --database-url '$URL'"

# name|command, one per line; the pairs below are compared.
cat >"$WORK/commands" <<EOF
blogctl csv|$B articles list --all --format csv
psql --csv|$PSQL --csv -d '$URL' -c '$JOIN ORDER BY a.id'
psql \\copy|$PSQL -d '$URL' -c '\\copy ($JOIN ORDER BY a.id) to stdout with (format csv, header)'
blogctl json|$B articles list --all --format json
blogctl --author|$B articles list --author $AUTHOR
psql --author|$PSQL -d '$URL' -c '$JOIN WHERE a.author_id = $AUTHOR ORDER BY a.id'
blogctl --author csv|$B articles list --author $AUTHOR --format csv
psql --author csv|$PSQL --csv -d '$URL' -c '$JOIN WHERE a.author_id = $AUTHOR ORDER BY a.id'
blogctl show|$B articles show $ARTICLE
psql show|$PSQL -d '$URL' -c '$JOIN WHERE a.id = $ARTICLE'
EOF

# Same output? (the CSV bodies must match byte for byte, header aside)
"$BLOGCTL" --no-env-file --database-url "$URL" articles list --all --format csv | tail -n +2 | md5sum >"$WORK/a"
$PSQL --csv -d "$URL" -c "$JOIN ORDER BY a.id" | tail -n +2 | md5sum >"$WORK/b"
if cmp -s "$WORK/a" "$WORK/b"; then echo "csv output: identical to psql --csv (header aside)"; else echo "csv output: DIFFERS from psql --csv"; fi

args=()
while IFS='|' read -r name cmd; do
    args+=(-n "$name" "$cmd")
done <"$WORK/commands"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/times.json" "${args[@]}" >&2

# Peak resident memory of each command (KB), output to /dev/null.
: >"$WORK/rss"
while IFS='|' read -r name cmd; do
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$WORK/one" bash -c "exec $cmd" >/dev/null
        printf '%s|%s\n' "$name" "$(tail -1 "$WORK/one")" >>"$WORK/rss"
    fi
done <"$WORK/commands"

python3 - "$WORK/times.json" "$WORK/rss" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rss = dict(line.strip().split("|") for line in open(sys.argv[2]) if "|" in line)
print(f"{'command':22} {'mean s':>8} {'± s':>7} {'min s':>7} {'peak RSS':>10}")
for name, r in times.items():
    mem = f"{int(rss[name]) / 1024:.1f} MB" if name in rss else "n/a"
    print(f"{name:22} {r['mean']:8.3f} {r['stddev']:7.3f} {r['min']:7.3f} {mem:>10}")
def ratio(a, b, target):
    # Means, and minimums: the run least disturbed by other load.
    ra = times[a]["mean"] / times[b]["mean"]
    rm = times[a]["min"] / times[b]["min"]
    ok = "ok" if ra <= target else "MISSED"
    print(f"{a} / {b}: {ra:.2f}x mean, {rm:.2f}x min (target <= {target}x) {ok}")
print()
ratio("blogctl csv", "psql --csv", 0.8)
ratio("blogctl csv", "psql \\copy", 1.0)
ratio("blogctl --author", "psql --author", 2.0)
ratio("blogctl --author csv", "psql --author csv", 2.0)
ratio("blogctl show", "psql show", 1.5)
for name in ("blogctl csv", "blogctl json"):
    if name in rss:
        mb = int(rss[name]) / 1024
        print(f"{name} peak RSS: {mb:.1f} MB (target < 20 MB) {'ok' if mb < 20 else 'MISSED'}")
PY
