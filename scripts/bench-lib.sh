# Shared by scripts/bench-articles.sh and scripts/bench-users.sh (sourced,
# not run): build blogctl in release mode, create the benchmark database on
# first use, and run blogctl and psql side by side in one hyperfine run,
# then print times, peak memory and ratios.
#
# Needs psql, hyperfine, python3, and /usr/bin/time (GNU) for peak memory.

# bench_setup URL: sets BLOGCTL, PSQL, WORK, ADMIN_URL, DB and EXISTS
# (1 when the database is there already; BENCH_REBUILD=1 drops it first).
bench_setup() {
    URL=$1
    RUNS=${BENCH_RUNS:-5}
    # The same server's maintenance database, to create the benchmark one.
    ADMIN_URL=$(printf '%s' "$URL" | sed -E 's#^(postgres(ql)?://[^/?]*)/?[^?]*#\1/postgres#')
    DB=$(printf '%s' "$URL" | sed -E 's#^postgres(ql)?://[^/?]*/?([^?]*).*#\2#')
    [ -n "$DB" ] || { echo "the benchmark URL must name a database" >&2; exit 2; }
    cd "$(dirname "${BASH_SOURCE[0]}")/.."
    cargo build --release --quiet
    BLOGCTL=$PWD/target/release/blogctl
    PSQL="psql -X -q -v ON_ERROR_STOP=1"
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
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
