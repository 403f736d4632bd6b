// Package noop is a baseline for logoutcheck's benchmarks: an analyzer
// with the same requirements and a fact type that does nothing, so its
// cost is that of loading and type-checking alone.
package noop

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

type noFact struct{ Effects uint8 }

func (*noFact) AFact() {}

// Analyzer does nothing.
var Analyzer = &analysis.Analyzer{
	Name:      "noop",
	Doc:       "noop: does nothing (a benchmark baseline)",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}
