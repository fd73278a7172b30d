#!/usr/bin/env bash
# Benchmark: V5 (articles.author_id) on a big table, blogctl versus the blog
# API's own four steps (insert the admin, add a nullable column, UPDATE every
# row, SET NOT NULL), on identical copies of one V3 database. Then the stall
# writers see: an INSERT loop (pgbench, one client, each INSERT's latency
# logged) runs against a copy at V5 while the rest of the migration (V6's
# index, V7) runs, once as blogctl did it before V6 was built concurrently
# (V6's CREATE INDEX in a transaction: BENCH_BLOGCTL_BEFORE names an older
# blogctl to run, else psql runs V6's text as that blogctl did, then the
# new blogctl V7) and once with this blogctl; it prints the longest INSERT
# during each migration, beside the longest before it started.
#
#   scripts/bench-migrate.sh [ROWS]        (default 1000000)
#
# Uses BENCH_DATABASE_URL (a superuser postgres:// URL; databases named
# bench_* are created and dropped there) or, without it, a throwaway cluster
# started in a temporary folder. Builds blogctl in release mode. Prints wall
# times, their ratio and the size of the articles table after each approach.
set -euo pipefail

ROWS="${1:-1000000}"
. "$(dirname "$0")/bench-lib.sh"
bench_build
bench_server

sql() { psql -X -q -v ON_ERROR_STOP=1 -At "$(url "$1")" -c "$2"; }
now() { date +%s.%N; }

for db in bench_blogctl bench_api bench_stall_before bench_stall_after; do
    sql postgres "DROP DATABASE IF EXISTS $db" 2>/dev/null
done
sql postgres "CREATE DATABASE bench_blogctl"

echo "filling a V3 database with $ROWS articles ..."
DATABASE_URL="$(url bench_blogctl)" "$BLOGCTL" -q migrate --target 3
sql bench_blogctl "INSERT INTO articles (title, article_content)
    SELECT 'Article ' || i, repeat('Lorem ipsum dolor sit amet. ', 4) || i
    FROM generate_series(1, $ROWS) i"
sql bench_blogctl "VACUUM ANALYZE articles"
sql bench_blogctl "CHECKPOINT"
sql postgres "CREATE DATABASE bench_api TEMPLATE bench_blogctl"

size() { sql "$1" "SELECT pg_size_pretty(pg_relation_size('articles')) || ' (' || pg_relation_size('articles') || ' bytes)'"; }
echo "articles before: $(size bench_blogctl)"

# The blog API's way (20230817223154_insert_admin + 20230817230950_add_author_id).
hash='$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0YmVuY2g$YmVuY2hoYXNoYmVuY2hoYXNoYmVuY2hoYXNo'
t0=$(now)
psql -X -q -v ON_ERROR_STOP=1 "$(url bench_api)" <<SQL
INSERT INTO users (email, name, password) VALUES ('admin@example.com', 'Admin', '$hash');
ALTER TABLE articles ADD COLUMN author_id integer REFERENCES users (id);
UPDATE articles SET author_id = (SELECT id FROM users WHERE email = 'admin@example.com');
ALTER TABLE articles ALTER COLUMN author_id SET NOT NULL;
SQL
t1=$(now)
api=$(python3 -c "print($t1 - $t0)")

# blogctl up to V5 (the same result: admin, NOT NULL column with a foreign key).
export ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD=bench-password-1
t0=$(now)
DATABASE_URL="$(url bench_blogctl)" "$BLOGCTL" migrate --target 5
t1=$(now)
v5=$(python3 -c "print($t1 - $t0)")
# Copies at V5 for the stall measurement below.
sql postgres "CREATE DATABASE bench_stall_before TEMPLATE bench_blogctl"
sql postgres "CREATE DATABASE bench_stall_after TEMPLATE bench_blogctl"
# ... V6 builds an index the API never builds; V7 validates the foreign key
# (a read-only scan), which the API's UPDATE checked row by row.
t0=$(now)
DATABASE_URL="$(url bench_blogctl)" "$BLOGCTL" migrate --target 6
t1=$(now)
v6=$(python3 -c "print($t1 - $t0)")
t0=$(now)
DATABASE_URL="$(url bench_blogctl)" "$BLOGCTL" migrate --target 7
t1=$(now)
v7=$(python3 -c "print($t1 - $t0)")

check="SELECT count(*) FILTER (WHERE author_id = (SELECT id FROM users WHERE email = 'admin@example.com')) || '/' || count(*) FROM articles"
echo
echo "blog API four steps:        $(printf '%.3f' "$api") s; articles: $(size bench_api); authored by admin $(sql bench_api "$check")"
echo "blogctl migrate --target 5: $(printf '%.3f' "$v5") s; articles: $(size bench_blogctl); authored by admin $(sql bench_blogctl "$check")"
echo "blogctl V6 (index):         $(printf '%.3f' "$v6") s (index $(sql bench_blogctl "SELECT pg_size_pretty(pg_relation_size('articles_author_id_idx'))"))"
echo "blogctl V7 (validate FK):   $(printf '%.3f' "$v7") s; articles: $(size bench_blogctl)"
python3 - "$api" "$v5" "$v6" "$v7" <<'PY'
import sys
api, v5, v6, v7 = map(float, sys.argv[1:])
print(f"ratio, API four steps / blogctl V4+V5 (same columns and constraint): {api / v5:.1f}x")
print(f"ratio, API four steps / blogctl V4+V5+V7 (foreign key validated, as the API's): {api / (v5 + v7):.1f}x")
print(f"ratio, API four steps / blogctl V4..V7 (also builds the index): {api / (v5 + v6 + v7):.1f}x")
PY

# The stall: the longest INSERT into articles while the migration from V5 to
# V7 runs. $1: the database; the rest: the migration's command.
STALL_SECS="${STALL_SECS:-12}"
stall() {
    local db="$1"
    shift
    local dir admin bench t0 t1
    dir="$(mktemp -d /tmp/blogctl-stall-XXXXXX)"
    admin=$(sql "$db" "SELECT id FROM users WHERE email = 'admin@example.com'")
    echo "INSERT INTO articles (title, article_content, author_id) VALUES ('stall probe', 'x', $admin);" \
        >"$dir/insert.sql"
    (cd "$dir" && pgbench -n -c 1 -j 1 -T "$STALL_SECS" -f insert.sql -l --log-prefix=probe \
        "$(url "$db")" >"$dir/pgbench.out" 2>&1) &
    bench=$!
    sleep 2
    t0=$(now)
    "$@" >"$dir/migrate.out" 2>&1 || { cat "$dir/migrate.out"; exit 1; }
    t1=$(now)
    wait "$bench" || { cat "$dir/pgbench.out"; exit 1; }
    python3 - "$dir" "$t0" "$t1" <<'PY'
import glob, sys
folder, t0, t1 = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
before, during = [], []
for path in glob.glob(f"{folder}/probe*"):
    for line in open(path):
        f = line.split()
        latency = int(f[2]) / 1e6          # seconds
        done = int(f[4]) + int(f[5]) / 1e6  # when it ended (epoch)
        start = done - latency
        (during if start < t1 and done > t0 else before if done <= t0 else []).append(latency)
print(f"{t1 - t0:.3f} {max(during) * 1000:.1f} {len(during)} {max(before) * 1000:.1f} {len(before)}")
PY
    rm -rf "$dir"
}
if [ -n "${BENCH_BLOGCTL_BEFORE:-}" ]; then
    before_how="$BENCH_BLOGCTL_BEFORE migrate"
    read -r b_secs b_max b_n b_base b_base_n < <(stall bench_stall_before \
        env DATABASE_URL="$(url bench_stall_before)" "$BENCH_BLOGCTL_BEFORE" migrate)
else
    before_how="V6's text in a transaction (psql), then blogctl V7"
    before_v6() {
        psql -X -q -v ON_ERROR_STOP=1 "$(url bench_stall_before)" \
            -c "BEGIN; CREATE INDEX articles_author_id_idx ON articles (author_id); COMMIT;"
        DATABASE_URL="$(url bench_stall_before)" "$BLOGCTL" migrate --target 7 2>&1 | grep -v 'V6 ' || true
    }
    read -r b_secs b_max b_n b_base b_base_n < <(stall bench_stall_before before_v6)
fi
read -r a_secs a_max a_n a_base a_base_n < <(stall bench_stall_after \
    env DATABASE_URL="$(url bench_stall_after)" "$BLOGCTL" migrate)
echo
echo "writers during V5 -> V7 (pgbench INSERT loop, one client; longest INSERT):"
echo "  before ($before_how): migration $(printf '%.3f' "$b_secs") s; longest INSERT during it ${b_max} ms ($b_n inserts); before it ${b_base} ms"
echo "  blogctl (V6 CONCURRENTLY):  migration $(printf '%.3f' "$a_secs") s; longest INSERT during it ${a_max} ms ($a_n inserts); before it ${a_base} ms"
python3 - "$b_max" "$a_max" <<'PY'
import sys
before, after = map(float, sys.argv[1:])
print(f"ratio, longest INSERT stall before / with CONCURRENTLY: {before / after:.1f}x")
PY

for db in bench_blogctl bench_api bench_stall_before bench_stall_after; do
    sql postgres "DROP DATABASE $db"
done
