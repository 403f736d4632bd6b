// Command singlechecker is logoutcheck's analyzer under the standard
// single-analyzer driver, as the command was before it got its own
// driver: a benchmark baseline (the standard driver, with facts, loads
// every dependency from source).
package main

import (
	"github.com/logoutcheck/logoutcheck/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
