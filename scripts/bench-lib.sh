# Shared by the benchmarks in scripts/ (sourced, not run): build blogctl in
# release mode, start a throwaway PostgreSQL cluster (or use
# BENCH_DATABASE_URL's server), clean up at exit, and for bench-articles.sh
# and bench-users.sh create the benchmark database on first use and run
# blogctl and psql side by side in one hyperfine run, then print times,
# peak memory and ratios.
#
# Needs psql, hyperfine, python3, and /usr/bin/time (GNU) for peak memory.

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BINDIR="$(pg_config --bindir 2>/dev/null || true)"

# as_pg CMD...: run CMD as the OS user postgres when root (initdb and
# postgres refuse to run as root), else as ourselves.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# bench_on_exit CMD: run CMD (a shell string) when the script exits, after
# the ones registered later; one EXIT trap for all of them.
BENCH_AT_EXIT=()
bench_on_exit() {
    BENCH_AT_EXIT+=("$1")
    trap bench_exit EXIT
}
bench_exit() {
    local i
    for ((i = ${#BENCH_AT_EXIT[@]} - 1; i >= 0; i--)); do
        eval "${BENCH_AT_EXIT[i]}" || true
    done
}

# bench_build: build blogctl in release mode (from the repository root,
# which becomes the working folder); sets BLOGCTL.
bench_build() {
    cd "$BENCH_ROOT"
    cargo build --release --quiet
    BLOGCTL="$BENCH_ROOT/target/release/blogctl"
}

# bench_initdb DATA [INITDB OPTION...]: a new cluster in DATA (its parent
# must exist and, when root, belong to postgres).
bench_initdb() {
    local data=$1
    shift
    as_pg "$BINDIR/initdb" -D "$data" -U postgres "$@" >/dev/null
}

# bench_pg_start DATA SOCKET_DIR LOG: start DATA's server and wait until it
# accepts connections; it listens on a Unix socket in SOCKET_DIR only, so
# there is no TCP port to pick or to race other servers for.
bench_pg_start() {
    as_pg "$BINDIR/pg_ctl" start -w -D "$1" -l "$3" \
        -o "-p 5432 -k $2 -c listen_addresses=''" >/dev/null
}

# bench_pg_stop DATA [MODE]: stop DATA's server if it runs (MODE: fast,
# the default, or immediate) and wait for it.
bench_pg_stop() {
    as_pg "$BINDIR/pg_ctl" stop -m "${2:-fast}" -w -D "$1" >/dev/null 2>&1 || true
}

# bench_server: define `url DB`, the superuser URL of database DB on
# BENCH_DATABASE_URL's server, or else on a throwaway cluster started now
# in a temporary folder (stopped and deleted at exit).
bench_server() {
    if [ -n "${BENCH_DATABASE_URL:-}" ]; then
        BENCH_BASE_URL="${BENCH_DATABASE_URL%/*}"
        url() { echo "$BENCH_BASE_URL/$1"; }
        return
    fi
    BENCH_CLUSTER="$(mktemp -d /tmp/blogctl-bench-XXXXXX)"
    bench_on_exit 'bench_pg_stop "$BENCH_CLUSTER/data" immediate; rm -rf "$BENCH_CLUSTER"'
    mkdir -p "$BENCH_CLUSTER/sock"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$BENCH_CLUSTER"
    bench_initdb "$BENCH_CLUSTER/data" -A trust
    bench_pg_start "$BENCH_CLUSTER/data" "$BENCH_CLUSTER/sock" "$BENCH_CLUSTER/log"
    url() { echo "postgres://postgres@/$1?host=$BENCH_CLUSTER/sock&port=5432"; }
}

# bench_setup URL: sets BLOGCTL, PSQL, WORK, ADMIN_URL, DB and EXISTS
# (1 when the database is there already; BENCH_REBUILD=1 drops it first).
bench_setup() {
    URL=$1
    RUNS=${BENCH_RUNS:-5}
    # The same server's maintenance database, to create the benchmark one.
    ADMIN_URL=$(printf '%s' "$URL" | sed -E 's#^(postgres(ql)?://[^/?]*)/?[^?]*#\1/postgres#')
    DB=$(printf '%s' "$URL" | sed -E 's#^postgres(ql)?://[^/?]*/?([^?]*).*#\2#')
    [ -n "$DB" ] || { echo "the benchmark URL must name a database" >&2; exit 2; }
    bench_build
    PSQL="psql -X -q -v ON_ERROR_STOP=1"
    WORK=$(mktemp -d)
    bench_on_exit 'rm -rf "$WORK"'
    EXISTS=$($PSQL "$ADMIN_URL" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")
    if [ "${BENCH_REBUILD:-0}" = 1 ] && [ "$EXISTS" = 1 ]; then
        $PSQL "$ADMIN_URL" -c "DROP DATABASE \"$DB\" WITH (FORCE)"
        EXISTS=
    fi
}

# bench_create: create the (missing) database and migrate it.
bench_create() {
    $PSQL "$ADMIN_URL" -c "CREATE DATABASE \"$DB\""
    "$BLOGCTL" --no-env-file --database-url "$URL" -q migrate
}

# bench_run COMMANDS PAIRS MEMORY
#   COMMANDS  lines `name|shell command`, all run in one hyperfine run
#   PAIRS     lines `a|b|target`: print a/b (mean and min) against target
#   MEMORY    lines `name|MB`: print the peak RSS of name against MB
bench_run() {
    local commands=$1 pairs=$2 memory=$3 args=() name cmd
    while IFS='|' read -r name cmd; do
        args+=(-n "$name" "$cmd")
    done <"$commands"
    hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/times.json" "${args[@]}" >&2
    # Peak resident memory of each command (KB), output to /dev/null.
    : >"$WORK/rss"
    while IFS='|' read -r name cmd; do
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f '%M' -o "$WORK/one" bash -c "exec $cmd" >/dev/null
            printf '%s|%s\n' "$name" "$(tail -1 "$WORK/one")" >>"$WORK/rss"
        fi
    done <"$commands"
    python3 - "$WORK/times.json" "$WORK/rss" "$pairs" "$memory" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
def table(path):
    return [line.rstrip("\n").split("|") for line in open(path) if "|" in line]
rss = dict(table(sys.argv[2]))
print(f"{'command':26} {'mean s':>8} {'± s':>7} {'min s':>7} {'peak RSS':>10}")
for name, r in times.items():
    mem = f"{int(rss[name]) / 1024:.1f} MB" if name in rss else "n/a"
    print(f"{name:26} {r['mean']:8.3f} {r['stddev']:7.3f} {r['min']:7.3f} {mem:>10}")
print()
for a, b, target in table(sys.argv[3]):
    # Means, and minimums: the run least disturbed by other load.
    ra = times[a]["mean"] / times[b]["mean"]
    rm = times[a]["min"] / times[b]["min"]
    ok = "ok" if ra <= float(target) else "MISSED"
    print(f"{a} / {b}: {ra:.2f}x mean, {rm:.2f}x min (target <= {target}x) {ok}")
for name, limit in table(sys.argv[4]):
    if name in rss:
        mb = int(rss[name]) / 1024
        ok = "ok" if mb < float(limit) else "MISSED"
        print(f"{name} peak RSS: {mb:.1f} MB (target < {limit} MB) {ok}")
PY
}

# bench_same NAME BLOGCTL_CMD PSQL_CMD: whether both print the same CSV
# body (header aside), byte for byte.
bench_same() {
    bash -c "$2" | tail -n +2 | md5sum >"$WORK/a"
    bash -c "$3" | tail -n +2 | md5sum >"$WORK/b"
    if cmp -s "$WORK/a" "$WORK/b"; then
        echo "$1: identical to psql (header aside)"
    else
        echo "$1: DIFFERS from psql"
    fi
}
