#!/usr/bin/env bash
# Benchmark: V5 (articles.author_id) on a big table, blogctl versus the blog
# API's own four steps (insert the admin, add a nullable column, UPDATE every
# row, SET NOT NULL), on identical copies of one V3 database.
#
#   scripts/bench-migrate.sh [ROWS]        (default 1000000)
#
# Uses BENCH_DATABASE_URL (a superuser postgres:// URL; databases named
# bench_* are created and dropped there) or, without it, a throwaway cluster
# started in a temporary folder. Builds blogctl in release mode. Prints wall
# times, their ratio and the size of the articles table after each approach.
set -euo pipefail

ROWS="${1:-1000000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

cargo build --release --quiet
BLOGCTL="$ROOT/target/release/blogctl"

BINDIR="$(pg_config --bindir)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

CLUSTER=""
cleanup() {
    if [ -n "$CLUSTER" ]; then
        as_pg "$BINDIR/pg_ctl" stop -m immediate -D "$CLUSTER/data" >/dev/null 2>&1 || true
        rm -rf "$CLUSTER"
    fi
}
trap cleanup EXIT

if [ -n "${BENCH_DATABASE_URL:-}" ]; then
    base="${BENCH_DATABASE_URL%/*}"
    url() { echo "$base/$1"; }
else
    CLUSTER="$(mktemp -d /tmp/blogctl-bench-XXXXXX)"
    mkdir -p "$CLUSTER/sock"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$CLUSTER"
    as_pg "$BINDIR/initdb" -D "$CLUSTER/data" -U postgres -A trust >/dev/null
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    as_pg "$BINDIR/pg_ctl" start -w -D "$CLUSTER/data" -l "$CLUSTER/log" \
        -o "-p $port -k $CLUSTER/sock -c listen_addresses=''" >/dev/null
    url() { echo "postgres://postgres@/$1?host=$CLUSTER/sock&port=$port"; }
fi

sql() { psql -X -q -v ON_ERROR_STOP=1 -At "$(url "$1")" -c "$2"; }
now() { date +%s.%N; }

sql postgres "DROP DATABASE IF EXISTS bench_blogctl" 2>/dev/null
sql postgres "DROP DATABASE IF EXISTS bench_api" 2>/dev/null
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

sql postgres "DROP DATABASE bench_blogctl"
sql postgres "DROP DATABASE bench_api"
