#!/usr/bin/env bash
# Benchmarks logoutcheck's analyzer against a no-op analyzer with the same
# driver (the standard singlechecker), requirements and fact type (the
# cost of loading and type-checking alone): the cost of the analysis;
# and go vet -vettool=logoutcheck against plain go vet, on:
#   (a) a slice of the standard library,
#   (b) a real web application, if its directory is given,
#   (c) generated modules of 10, 100 and 1000 packages.
# Prints a Markdown table of medians. Not a test: run it by hand.
#
# Usage: bench/run.sh [-n RUNS] [-vet-runs N] [-sizes "10 100 1000"] [-no-vet] [APP_DIR]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
vetruns=3
sizes="10 100 1000"
while [ $# -gt 0 ]; do
	case "$1" in
	-n) runs=$2; shift 2 ;;
	-vet-runs) vetruns=$2; shift 2 ;;
	-sizes) sizes=$2; shift 2 ;;
	-no-vet) vetruns=0; shift ;;
	-*) echo "bench/run.sh: unknown flag $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
app=${1:-}
[ -x /usr/bin/time ] || { echo "bench/run.sh: needs /usr/bin/time (Debian package time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The analysis-only comparison runs logoutcheck's analyzer under the same
# driver as the no-op (singlechecker, everything from source): the command
# has its own driver, which loads less (bench/driver.sh compares that).
go build -o "$work/logoutcheck" "$root/bench/singlechecker"
go build -o "$work/noop" "$root/bench/noop"

# median prints the median of the numbers on stdin.
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# timeit LABEL DIR CMD... appends "wall cpu maxrss_kb" of one run to $work/LABEL.
timeit() {
	local label=$1 dir=$2
	shift 2
	(cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1) || true
	awk '{printf "%s %.2f %s\n", $1, $2+$3, $4}' "$work/t" | tail -1 >>"$work/$label"
}

# row NAME BASE TOOL prints a table row comparing the medians of two labels.
row() {
	local name=$1 base=$2 tool=$3
	local bw bc bm tw tc tm
	bw=$(cut -d' ' -f1 "$work/$base" | median); bc=$(cut -d' ' -f2 "$work/$base" | median); bm=$(cut -d' ' -f3 "$work/$base" | median)
	tw=$(cut -d' ' -f1 "$work/$tool" | median); tc=$(cut -d' ' -f2 "$work/$tool" | median); tm=$(cut -d' ' -f3 "$work/$tool" | median)
	awk -v n="$name" -v bw="$bw" -v bc="$bc" -v bm="$bm" -v tw="$tw" -v tc="$tc" -v tm="$tm" -v r="$(wc -l <"$work/$tool")" 'BEGIN {
		printf "| %s | %d | %.2f | %.2f | %+.1f%% | %.2f | %.2f | %+.1f%% | %.0f | %.0f | %+.1f%% |\n",
			n, r, bw, tw, (tw-bw)*100/bw, bc, tc, (tc-bc)*100/(bc>0?bc:1), bm/1024, tm/1024, (tm-bm)*100/bm }'
}

# standalone ID NAME DIR PATTERNS... compares noop and logoutcheck, runs interleaved.
standalone() {
	local id=$1 name=$2 dir=$3
	shift 3
	timeit "warm-$id" "$dir" "$work/noop" "$@" # warm the file cache
	for _ in $(seq "$runs"); do
		timeit "noop-$id" "$dir" "$work/noop" "$@"
		timeit "lc-$id" "$dir" "$work/logoutcheck" "$@"
	done
	row "$name: logoutcheck vs no-op" "noop-$id" "lc-$id"
}

# vet ID NAME DIR PATTERNS... compares go vet and go vet -vettool, each
# with an empty build cache so that neither reuses cached vet results.
vet() {
	local id=$1 name=$2 dir=$3
	shift 3
	[ "$vetruns" -gt 0 ] || return 0
	for i in $(seq "$vetruns"); do
		GOCACHE="$work/cache-v$i" timeit "vet-$id" "$dir" go vet "$@"
		rm -rf "$work/cache-v$i"
		GOCACHE="$work/cache-l$i" timeit "vetlc-$id" "$dir" go vet -vettool="$work/logoutcheck" "$@"
		rm -rf "$work/cache-l$i"
	done
	row "$name: go vet -vettool=logoutcheck vs go vet (cold cache)" "vet-$id" "vetlc-$id"
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(go version); $(date -u +%Y-%m-%d)"
echo "Runs: $runs standalone, $vetruns go vet; medians."
echo
echo "| target | runs | baseline wall s | logoutcheck wall s | wall Δ | baseline CPU s | logoutcheck CPU s | CPU Δ | baseline max RSS MiB | logoutcheck max RSS MiB | RSS Δ |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"

stdpkgs="net/http/... encoding/... go/..."
# shellcheck disable=SC2086 # the patterns are words
standalone std "std $stdpkgs" "$root" $stdpkgs
# shellcheck disable=SC2086
vet std "std $stdpkgs" "$root" $stdpkgs

if [ -n "$app" ]; then
	standalone app "app $(basename "$app")" "$app" ./...
	vet app "app $(basename "$app")" "$app" ./...
fi

for n in $sizes; do
	go run "$root/bench/gen" -n "$n" -o "$work/gen$n"
	(cd "$work/gen$n" && go mod download)
	standalone "gen$n" "generated, $n packages" "$work/gen$n" ./...
	vet "gen$n" "generated, $n packages" "$work/gen$n" ./...
done
