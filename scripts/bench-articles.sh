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

. "$(dirname "$0")/bench-lib.sh"
bench_setup "${BLOGCTL_BENCH_URL:-postgresql://postgres@localhost:5432/blogctl_bench_articles?sslmode=disable}"

if [ "$EXISTS" != 1 ]; then
    echo "building $DB: 1,000,000 articles by 10,000 authors ..." >&2
    bench_create
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
COLUMNS="a.id, a.title, a.article_content, a.author_id, u.email, u.name, ad.id, ad.street, ad.city, ad.country"
FROM="FROM articles a JOIN users u ON u.id = a.author_id LEFT JOIN addresses ad ON ad.id = u.address_id"
JOIN="SELECT $COLUMNS $FROM"
AUTHOR=4242
ARTICLE=500000
B="$BLOGCTL --no-env-file --database-url '$URL'"

# --search as blogctl sends it (src/db/stream.rs), the text inlined for
# psql, in files (the texts hold quotes). A rare text (11 articles: the
# whole table is read) for the table, which leaves the content out and
# fetches --limit + 1 rows; a common one (every tenth title) for CSV.
RARE='ARTICLE 99999'
COMMON=', WITH "QUOTES'
contains() {
    printf "(strpos(lower(a.title), lower('%s')) > 0 OR strpos(lower(a.article_content), lower('%s')) > 0)" "$1" "$1"
}
printf '%s\n' "SELECT ${COLUMNS/a.article_content/NULL::text} $FROM WHERE $(contains "$RARE") ORDER BY a.id LIMIT 101;" >"$WORK/search-table.sql"
printf '%s\n' "$JOIN WHERE $(contains "$COMMON") ORDER BY a.id;" >"$WORK/search-csv.sql"

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
blogctl --search|$B articles list --search '$RARE'
psql --search|$PSQL -d '$URL' -f '$WORK/search-table.sql'
blogctl --search csv|$B articles list --search '$COMMON' --all --format csv
psql --search csv|$PSQL --csv -d '$URL' -f '$WORK/search-csv.sql'
EOF

# Same output? (the CSV bodies must match byte for byte, header aside)
bench_same "csv output" "$B articles list --all --format csv" "$PSQL --csv -d '$URL' -c '$JOIN ORDER BY a.id'"
bench_same "--search csv output" "$B articles list --search '$COMMON' --all --format csv" \
    "$PSQL --csv -d '$URL' -f '$WORK/search-csv.sql'"

cat >"$WORK/pairs" <<'EOF'
blogctl csv|psql --csv|0.8
blogctl csv|psql \copy|1.0
blogctl --author|psql --author|2.0
blogctl --author csv|psql --author csv|2.0
blogctl show|psql show|1.5
blogctl --search|psql --search|1.0
blogctl --search csv|psql --search csv|1.0
EOF
cat >"$WORK/memory" <<'EOF'
blogctl csv|20
blogctl json|20
blogctl --search csv|20
EOF
bench_run "$WORK/commands" "$WORK/pairs" "$WORK/memory"
