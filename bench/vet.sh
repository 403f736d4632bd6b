#!/usr/bin/env bash
# Benchmarks go vet -vettool with the logoutcheck command against
# go vet -vettool with logoutcheck's analyzer under the standard driver
# (bench/singlechecker, the command before it had its own driver): go vet
# calls either through the unitchecker protocol, so the two should cost
# the same. Each run has an empty build cache, so that go vet reuses no
# cached vet result (it then compiles every dependency for export data);
# the runs are interleaved. Targets: the example app, a generated module
# of N packages (bench/gen) and, if given, a real application. Prints a
# Markdown table of medians. Not a test.
#
# Usage: bench/vet.sh [-n RUNS] [-gen N] [APP_DIR]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=1
gen=1000
while [ $# -gt 0 ]; do
	case "$1" in
	-n) runs=$2; shift 2 ;;
	-gen) gen=$2; shift 2 ;;
	-*) echo "bench/vet.sh: unknown flag $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
app=${1:-}
[ -x /usr/bin/time ] || { echo "bench/vet.sh: needs /usr/bin/time (Debian package time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tools="singlechecker logoutcheck"
go build -o "$work/singlechecker" "$root/bench/singlechecker"
go build -o "$work/logoutcheck" "$root/cmd/logoutcheck"

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# bench TARGET ID DIR: RUNS cold go vet runs of each tool on DIR ./...
bench() {
	local target=$1 id=$2 dir=$3
	for i in $(seq "$runs"); do
		for tool in $tools; do
			rm -rf "$work/cache"
			(cd "$dir" && GOCACHE="$work/cache" /usr/bin/time -f "%e %U %S %M" -o "$work/t" \
				go vet -vettool="$work/$tool" ./... >/dev/null 2>&1) || true
			awk '{printf "%s %.2f %s\n", $1, $2+$3, $4}' "$work/t" | tail -1 >>"$work/$id-$tool"
		done
	done
	rm -rf "$work/cache"
	for tool in $tools; do
		local w c m
		w=$(cut -d' ' -f1 "$work/$id-$tool" | median)
		c=$(cut -d' ' -f2 "$work/$id-$tool" | median)
		m=$(cut -d' ' -f3 "$work/$id-$tool" | median)
		awk -v t="$target" -v tool="$tool" -v r="$runs" -v w="$w" -v c="$c" -v m="$m" \
			'BEGIN { printf "| %s | %s | %d | %.2f | %.2f | %.0f |\n", t, tool, r, w, c, m/1024 }'
	done
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(go version); $(date -u +%Y-%m-%d)"
echo "go vet -vettool, $runs cold runs (empty GOCACHE) per tool, interleaved; medians."
echo
echo "| target | vet tool | runs | wall s | CPU s | max RSS MiB |"
echo "|---|---|---|---|---|---|"
bench "example app" example "$root/example"
go run "$root/bench/gen" -n "$gen" -o "$work/gen"
(cd "$work/gen" && go mod download)
bench "generated, $gen packages" gen "$work/gen"
if [ -n "$app" ]; then
	bench "$(basename "$app")" app "$app"
fi
