#!/usr/bin/env bash
# Benchmark: `blogctl --local setup --demo` (the README's quickstart) from
# nothing (no folder: initdb, the database, start, migrate, admin, demo data)
# and from a stopped cluster (start, then setup finds everything done),
# beside what PostgreSQL's own tools take for the cluster part alone:
# `initdb` + `pg_ctl start -w`, and `pg_ctl start -w`.
#
#   scripts/bench-local.sh            (BENCH_RUNS=5 runs of each, interleaved)
#
# Builds blogctl in release mode; works in a temporary folder (deleted at the
# end), never in your own local cluster. Targets: under 3 s from nothing,
# under 1 s from a stopped cluster.
set -euo pipefail

RUNS="${BENCH_RUNS:-5}"
. "$(dirname "$0")/bench-lib.sh"
bench_build

# Short: the Unix socket's path must fit in 107 bytes.
WORK="$(mktemp -d /tmp/bl-bench-XXXXXX)"
chmod 755 "$WORK"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK"
export BLOGCTL_LOCAL_DIR="$WORK/local"
BASE="$WORK/base"
bench_on_exit 'rm -rf "$WORK"'
bench_on_exit 'bench_pg_stop "$BASE" immediate'
bench_on_exit '"$BLOGCTL" -q local destroy --yes >/dev/null 2>&1'

export ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD=bench-admin-password
unset DATABASE_URL

# Seconds taken by "$@", to the millisecond; its output is shown only
# when it fails.
elapsed() {
    local start=$EPOCHREALTIME
    "$@" >"$WORK/out" 2>&1 || { echo "failed: $*" >&2; cat "$WORK/out" >&2; exit 1; }
    local end=$EPOCHREALTIME
    echo "$start $end" | awk '{printf "%.3f", $2 - $1}'
}

setup() { "$BLOGCTL" --local -q setup --demo; }
# The same steps as `blogctl local` takes for its cluster, with PostgreSQL's
# own tools (bench-lib.sh's initdb and start).
base_init() {
    bench_initdb "$BASE" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --pwfile="$WORK/pw" &&
        base_start
}
base_start() { bench_pg_start "$BASE" "$WORK/sock" "$WORK/base.log"; }
mkdir -p "$WORK/sock"
echo "bench-password" >"$WORK/pw"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK/sock" "$WORK/pw"

echo "load average before: $(cut -d" " -f1-3 /proc/loadavg) (2 cores here: above 2, other work competes)"
declare -a FRESH STOPPED INIT START
printf '%-4s %12s %12s %14s %12s\n' run "new: blogctl" "initdb+start" "stopped: blog" "pg_ctl start"
for i in $(seq 1 "$RUNS"); do
    "$BLOGCTL" -q local destroy --yes >/dev/null 2>&1
    FRESH[i]=$(elapsed setup)
    "$BLOGCTL" -q local stop
    STOPPED[i]=$(elapsed setup)

    bench_pg_stop "$BASE" immediate
    rm -rf "$BASE"
    INIT[i]=$(elapsed base_init)
    bench_pg_stop "$BASE"
    START[i]=$(elapsed base_start)
    printf '%-4s %10s s %10s s %12s s %10s s\n' "$i" "${FRESH[i]}" "${INIT[i]}" "${STOPPED[i]}" "${START[i]}"
done

stats() { printf '%s\n' "$@" | awk '{s+=$1; if (min=="" || $1<min) min=$1} END {printf "%.3f %.3f\n", s/NR, min}'; }
read -r fresh_mean fresh_min < <(stats "${FRESH[@]}")
read -r stopped_mean stopped_min < <(stats "${STOPPED[@]}")
read -r init_mean init_min < <(stats "${INIT[@]}")
read -r start_mean start_min < <(stats "${START[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v t="$1" -v limit="$2" 'BEGIN {print (t < limit) ? "met" : "MISSED"}'; }

echo
echo "from nothing:      blogctl --local setup --demo  mean $fresh_mean s, min $fresh_min s" \
    "(target < 3 s: $(verdict "$fresh_mean" 3))"
echo "                   initdb + pg_ctl start -w       mean $init_mean s, min $init_min s"
echo "                   ratio (means) $(ratio "$fresh_mean" "$init_mean")x"
echo "stopped cluster:   blogctl --local setup --demo  mean $stopped_mean s, min $stopped_min s" \
    "(target < 1 s: $(verdict "$stopped_mean" 1))"
echo "                   pg_ctl start -w                mean $start_mean s, min $start_min s"
echo "                   ratio (means) $(ratio "$stopped_mean" "$start_mean")x"
echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
