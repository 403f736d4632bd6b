// Command noop is a baseline for logoutcheck's benchmark: an analyzer with
// the same driver, requirements and fact type that does nothing, so its
// cost is that of loading and type-checking alone.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

type noFact struct{ Effects uint8 }

func (*noFact) AFact() {}

var analyzer = &analysis.Analyzer{
	Name:      "noop",
	Doc:       "noop: does nothing (a benchmark baseline)",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(analyzer) }
