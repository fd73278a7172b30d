#!/usr/bin/env bash
# Benchmark: blogctl beside the blog API's own tooling (tests/node: Kysely
# 0.26's migrator on pg, npm bcrypt), side by side on the same server.
#
#   scripts/bench-interop.sh
#
# 1. A fresh database migrated: `blogctl migrate` (V1..V7, both histories)
#    versus the API's migrator (its five migrations, Kysely's history).
# 2. Setting a password: `blogctl seed --reset-password` (bcrypt cost 10, or
#    argon2id) versus npm bcrypt's hash(password, 10) in node, each a whole
#    process as an operator runs it.
#
# Uses BENCH_DATABASE_URL (a superuser postgres:// URL; databases named
# bench_interop_* are created and dropped there) or a throwaway cluster.
# Needs hyperfine, psql, python3, node and npm (npm ci runs in tests/node).
# BENCH_RUNS (default 10) sets hyperfine's runs. Prints means and ratios.
set -euo pipefail

RUNS="${BENCH_RUNS:-10}"
. "$(dirname "$0")/bench-lib.sh"
bench_build
ROOT="$BENCH_ROOT"
(cd tests/node && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
WORK="$(mktemp -d /tmp/blogctl-bench-interop-XXXXXX)"
bench_on_exit 'rm -rf "$WORK"'
bench_server

sql() { psql -X -q -v ON_ERROR_STOP=1 -At "$(url "$1")" -c "$2"; }
recreate() { sql postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)" && sql postgres "CREATE DATABASE $1"; }

export ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD=bench-password-1
mean() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean'])" "$1"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}x')" "$1" "$2"; }
ms() { python3 -c "import sys; print(f'{float(sys.argv[1])*1000:.0f} ms')" "$1"; }

# hyperfine's --prepare runs in a plain shell: give it the commands whole.
drop_create() { echo "psql -X -q '$(url postgres)' -c 'DROP DATABASE IF EXISTS $1 WITH (FORCE)' -c 'CREATE DATABASE $1'"; }

echo "== 1. a fresh database migrated ($RUNS runs each)"
hyperfine -N --runs "$RUNS" --style none --export-json "$WORK/blogctl_migrate.json" \
    --prepare "$(drop_create bench_interop_b)" \
    "env DATABASE_URL=$(url bench_interop_b) ADMIN_EMAIL=$ADMIN_EMAIL ADMIN_PASSWORD=$ADMIN_PASSWORD $BLOGCTL -q migrate" >/dev/null
hyperfine -N --runs "$RUNS" --style none --export-json "$WORK/api_migrate.json" \
    --prepare "$(drop_create bench_interop_k)" \
    "env DATABASE_URL=$(url bench_interop_k) MIGRATE_UNTIL=20230817230950_add_author_id ADMIN_EMAIL=$ADMIN_EMAIL ADMIN_PASSWORD=$ADMIN_PASSWORD node $ROOT/tests/node/migrate.js" >/dev/null
b=$(mean "$WORK/blogctl_migrate.json"); k=$(mean "$WORK/api_migrate.json")
echo "blogctl migrate (V1..V7, both histories, bcrypt admin): $(ms "$b")"
echo "the API's migrator (its five, Kysely's history, bcrypt admin): $(ms "$k")"
echo "ratio blogctl / API migrator: $(ratio "$b" "$k")"

echo "== 2. setting a password ($RUNS runs each)"
recreate bench_interop_p 2>/dev/null
DATABASE_URL="$(url bench_interop_p)" "$BLOGCTL" -q migrate
for scheme in bcrypt argon2id; do
    hyperfine -N --runs "$RUNS" --style none --export-json "$WORK/seed_$scheme.json" \
        "env DATABASE_URL=$(url bench_interop_p) ADMIN_EMAIL=$ADMIN_EMAIL ADMIN_PASSWORD=$ADMIN_PASSWORD $BLOGCTL -q --password-hash $scheme seed --reset-password" >/dev/null
done
printf '{"hash": "%s"}' "$ADMIN_PASSWORD" > "$WORK/hash.json"
# Through the shell for the redirection (hyperfine subtracts the shell's
# own start-up time).
hyperfine --runs "$RUNS" --style none --export-json "$WORK/npm_bcrypt.json" \
    "node $ROOT/tests/node/bcrypt.js < $WORK/hash.json" >/dev/null
hyperfine --runs "$RUNS" --style none --export-json "$WORK/node_empty.json" \
    "node -e 0 < $WORK/hash.json" >/dev/null
sb=$(mean "$WORK/seed_bcrypt.json"); sa=$(mean "$WORK/seed_argon2id.json")
nb=$(mean "$WORK/npm_bcrypt.json"); n0=$(mean "$WORK/node_empty.json")
echo "blogctl seed --reset-password, bcrypt cost 10: $(ms "$sb")"
echo "blogctl seed --reset-password, argon2id (OWASP): $(ms "$sa")"
echo "node + npm bcrypt.hash(password, 10): $(ms "$nb") (node alone: $(ms "$n0"))"
echo "ratio blogctl bcrypt / npm bcrypt (whole processes): $(ratio "$sb" "$nb")"
echo "ratio blogctl bcrypt / blogctl argon2id: $(ratio "$sb" "$sa")"

for db in bench_interop_b bench_interop_k bench_interop_p; do
    sql postgres "DROP DATABASE IF EXISTS $db WITH (FORCE)"
done
