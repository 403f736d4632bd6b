// Command noop is a baseline for logoutcheck's benchmark: an analyzer with
// the same driver, requirements and fact type that does nothing, so its
// cost is that of loading and type-checking alone.
package main

import (
	"github.com/logoutcheck/logoutcheck/bench/internal/noop"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(noop.Analyzer) }
