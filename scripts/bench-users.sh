#!/usr/bin/env bash
# Benchmark `blogctl users list` against psql on the same server, the same
# query and the same machine, side by side, with a release build.
#
#   scripts/bench-users.sh
#
# BLOGCTL_BENCH_USERS_URL  the benchmark database (created and filled when
#                          missing: 1,000,000 users, half of them with an
#                          address). Default:
#                          postgresql://postgres@localhost:5432/blogctl_bench_users?sslmode=disable
# BENCH_REBUILD=1          drop and rebuild the database first.
# BENCH_RUNS=N             hyperfine runs per command (default 5).
#
# Needs psql, hyperfine, python3, and /usr/bin/time (GNU) for peak memory.
set -euo pipefail

. "$(dirname "$0")/bench-lib.sh"
bench_setup "${BLOGCTL_BENCH_USERS_URL:-postgresql://postgres@localhost:5432/blogctl_bench_users?sslmode=disable}"

if [ "$EXISTS" != 1 ]; then
    echo "building $DB: 1,000,000 users, half of them with an address ..." >&2
    bench_create
    $PSQL "$URL" <<'SQL'
BEGIN;
INSERT INTO addresses (street, city, country)
SELECT n || ' Main Street, Apt "' || n % 50 || '"', 'City ' || n % 300, 'Country ' || n % 40
FROM generate_series(1, 500000) n;
-- Every second user has an address; names with a comma now and then.
INSERT INTO users (email, name, password, address_id)
SELECT 'user' || n || '@example.com',
       'User ' || n || CASE WHEN n % 10 = 0 THEN ', Jr.' ELSE '' END,
       '$2b$10$YmVuY2hzYWx0YmVuY2gueYmVuY2hoYXNoYmVuY2hoYXNoYmVuY2hoYXNo',
       CASE WHEN n % 2 = 0 THEN n / 2 END
FROM generate_series(1, 1000000) n;
COMMIT;
VACUUM ANALYZE;
SQL
fi

# The query `blogctl users list` sends (src/db/users.rs).
LIST="SELECT u.id, u.email, u.name, a.id, a.street, a.city, a.country FROM users u LEFT JOIN addresses a ON a.id = u.address_id"
B="$BLOGCTL --no-env-file --database-url '$URL'"
# --search as blogctl sends it (src/db/stream.rs): a rare text, so the
# whole table is read for a table of 9 users.
RARE='USER99999'
printf '%s\n' "$LIST WHERE (strpos(lower(u.email), lower('$RARE')) > 0 OR strpos(lower(u.name), lower('$RARE')) > 0) ORDER BY u.id LIMIT 101;" >"$WORK/search.sql"

cat >"$WORK/commands" <<EOF
blogctl csv|$B users list --all --format csv
psql --csv|$PSQL --csv -d '$URL' -c '$LIST ORDER BY u.id'
psql \\copy|$PSQL -d '$URL' -c '\\copy ($LIST ORDER BY u.id) to stdout with (format csv, header)'
blogctl json|$B users list --all --format json
blogctl --search|$B users list --search '$RARE'
psql --search|$PSQL -d '$URL' -f '$WORK/search.sql'
EOF

bench_same "csv output" "$B users list --all --format csv" "$PSQL --csv -d '$URL' -c '$LIST ORDER BY u.id'"

cat >"$WORK/pairs" <<'EOF'
blogctl csv|psql --csv|0.8
blogctl csv|psql \copy|1.0
blogctl --search|psql --search|1.0
EOF
cat >"$WORK/memory" <<'EOF'
blogctl csv|20
blogctl json|20
EOF
bench_run "$WORK/commands" "$WORK/pairs" "$WORK/memory"
