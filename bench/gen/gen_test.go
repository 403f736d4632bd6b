package main

import (
	"fmt"
	"testing"

	"github.com/logoutcheck/logoutcheck/analyzer"
	"github.com/logoutcheck/logoutcheck/bench/internal/noop"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// BenchmarkAnalyze measures the analysis alone, on generated modules of
// 100 and 400 packages loaded once: the difference between logoutcheck
// and noop is logoutcheck's own cost per run over the whole module, and
// the two sizes show how it grows.
//
//	go test ./bench/gen -run=NONE -bench=Analyze -benchmem
func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{100, 400} {
		dir := b.TempDir()
		if err := generate(dir, n); err != nil {
			b.Fatal(err)
		}
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}
		pkgs, err := packages.Load(cfg, "./...")
		if err != nil {
			b.Fatal(err)
		}
		if packages.PrintErrors(pkgs) > 0 {
			b.Fatal("generated module does not load")
		}
		for _, a := range []*analysis.Analyzer{noop.Analyzer, analyzer.New(analyzer.DefaultConfig())} {
			b.Run(fmt.Sprintf("%s/%d", a.Name, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
