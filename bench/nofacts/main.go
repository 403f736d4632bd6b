// Command nofacts is the baseline of logoutcheck's command benchmark: an
// analyzer that requires inspect like logoutcheck but has no fact type, so
// singlechecker loads only the packages named on the command line from
// source and their dependencies from export data. Its cost is what
// loading the code being checked costs.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var analyzer = &analysis.Analyzer{
	Name:     "nofacts",
	Doc:      "nofacts: does nothing and has no facts (a benchmark baseline)",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(analyzer) }
