#!/usr/bin/env bash
# Benchmarks the logoutcheck command against what a user would otherwise
# run, in one interleaved run:
#   nofacts        bench/nofacts, a fact-free no-op singlechecker: the cost
#                  of loading the code being checked;
#   singlechecker  logoutcheck's analyzer under the standard driver (the
#                  command before it had its own driver);
#   logoutcheck    the command.
# Targets: the bundled example app, a generated module of N packages
# (bench/gen) and, if given, a real application. Warm: RUNS runs each,
# interleaved, after one run of each to fill the caches. Cold: COLD runs
# each with an empty build cache (the module cache stays).
# Prints a Markdown table of medians: wall and CPU (user + system)
# seconds, peak RSS MiB, and the ratios to nofacts. Not a test.
#
# Usage: bench/driver.sh [-n RUNS] [-cold COLD] [-gen N] [APP_DIR]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
cold=1
gen=1000
while [ $# -gt 0 ]; do
	case "$1" in
	-n) runs=$2; shift 2 ;;
	-cold) cold=$2; shift 2 ;;
	-gen) gen=$2; shift 2 ;;
	-*) echo "bench/driver.sh: unknown flag $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
app=${1:-}
[ -x /usr/bin/time ] || { echo "bench/driver.sh: needs /usr/bin/time (Debian package time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tools="nofacts singlechecker logoutcheck"
go build -o "$work/nofacts" "$root/bench/nofacts"
go build -o "$work/singlechecker" "$root/bench/singlechecker"
go build -o "$work/logoutcheck" "$root/cmd/logoutcheck"

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# timeit LABEL DIR CMD... appends "wall cpu maxrss_kb" of one run to $work/LABEL.
timeit() {
	local label=$1 dir=$2
	shift 2
	(cd "$dir" && /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1) || true
	awk '{printf "%s %.2f %s\n", $1, $2+$3, $4}' "$work/t" | tail -1 >>"$work/$label"
}

# rows TARGET MODE ID prints one row per tool, with ratios to nofacts.
rows() {
	local target=$1 mode=$2 id=$3 bw bc bm
	bw=$(cut -d' ' -f1 "$work/$id-nofacts" | median)
	bc=$(cut -d' ' -f2 "$work/$id-nofacts" | median)
	bm=$(cut -d' ' -f3 "$work/$id-nofacts" | median)
	for tool in $tools; do
		local w c m
		w=$(cut -d' ' -f1 "$work/$id-$tool" | median)
		c=$(cut -d' ' -f2 "$work/$id-$tool" | median)
		m=$(cut -d' ' -f3 "$work/$id-$tool" | median)
		awk -v t="$target" -v mo="$mode" -v tool="$tool" -v r="$(wc -l <"$work/$id-$tool")" \
			-v w="$w" -v c="$c" -v m="$m" -v bw="$bw" -v bc="$bc" -v bm="$bm" 'BEGIN {
			printf "| %s | %s | %s | %d | %.2f | %.2f | %.0f | %.2fx | %.2fx | %.2fx |\n",
				t, mo, tool, r, w, c, m/1024, w/bw, c/(bc>0?bc:0.01), m/bm }'
	done
}

# bench TARGET ID DIR: warm and cold runs of every tool on DIR ./...
bench() {
	local target=$1 id=$2 dir=$3
	for tool in $tools; do
		timeit "fill" "$dir" "$work/$tool" ./...
	done
	for _ in $(seq "$runs"); do
		for tool in $tools; do
			timeit "$id-warm-$tool" "$dir" "$work/$tool" ./...
		done
	done
	rows "$target" warm "$id-warm"
	for i in $(seq "$cold"); do
		for tool in $tools; do
			GOCACHE="$work/cache-$tool-$i" timeit "$id-cold-$tool" "$dir" "$work/$tool" ./...
			rm -rf "$work/cache-$tool-$i"
		done
	done
	if [ "$cold" -gt 0 ]; then
		rows "$target" "cold" "$id-cold"
	fi
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(go version); $(date -u +%Y-%m-%d)"
echo "Runs: $runs warm (interleaved), $cold cold (empty GOCACHE) per tool; medians."
echo
echo "| target | cache | tool | runs | wall s | CPU s | max RSS MiB | wall / nofacts | CPU / nofacts | RSS / nofacts |"
echo "|---|---|---|---|---|---|---|---|---|---|"

bench "example app" example "$root/example"
go run "$root/bench/gen" -n "$gen" -o "$work/gen"
(cd "$work/gen" && go mod download)
bench "generated, $gen packages" gen "$work/gen"
if [ -n "$app" ]; then
	bench "$(basename "$app")" app "$app"
fi
