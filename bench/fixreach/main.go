// Command fixreach counts the findings of logoutcheck's own fixtures
// (testdata/ and analyzer/testdata/gopath) that carry a suggested fix and
// those that do not, by category and by the reason the finding gives for
// having none, and prints them as Markdown tables (docs/fixes.md). It
// runs the analyzer with the configuration of the fix tests: the default,
// with -invalidators naming the functions of the fixconfigured fixture.
// Not a test, and not timed: run it from the repository root.
//
//	go run ./bench/fixreach
package main

import (
	"flag"
	"fmt"
	"go/token"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/logoutcheck/logoutcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// invalidators is the -invalidators setting of the fix tests
// (analyzer/fix_test.go).
const invalidators = "(*example.com/fixtures/fixconfigured.Store).Kill,example.com/fixtures/fixstore.Revoke"

// A tree is a set of fixture packages and how to load them.
type tree struct {
	dir      string
	env      []string
	patterns []string
}

func main() {
	list := flag.Bool("list", false, "list the findings, each with its fix or the reason it has none, instead of the tables")
	flag.Parse()
	root, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	trees := []tree{
		{filepath.Join(root, "testdata"), []string{"GOPROXY=off", "GOWORK=off"}, []string{"./..."}},
		{filepath.Join(root, "analyzer", "testdata", "gopath", "src", "app"), []string{"GO111MODULE=off", "GOPATH=" + filepath.Join(root, "analyzer", "testdata", "gopath"), "GOFLAGS="}, []string{"app/..."}},
	}
	var all []finding
	for _, t := range trees {
		fs, err := diagnose(t)
		if err != nil {
			log.Fatal(err)
		}
		all = append(all, fs...)
	}
	if *list {
		for _, f := range all {
			what := "no fix: " + reasonOf(f.Diagnostic)
			if len(f.SuggestedFixes) > 0 {
				what = "fix: " + f.SuggestedFixes[0].Message
			}
			rel, _ := filepath.Rel(root, f.pos.Filename)
			fmt.Printf("%s:%d: %s: %s\n", rel, f.pos.Line, f.Category, what)
		}
		return
	}
	print(all)
}

// A finding is a diagnostic and where it is.
type finding struct {
	analysis.Diagnostic
	pos token.Position
}

// diagnose runs logoutcheck on the packages of t and returns the findings
// on logout handlers.
func diagnose(t tree) ([]finding, error) {
	a := analyzer.New(analyzer.DefaultConfig())
	if err := a.Flags.Set("invalidators", invalidators); err != nil {
		return nil, err
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: t.dir, Env: append(os.Environ(), t.env...), Tests: false}
	pkgs, err := packages.Load(cfg, t.patterns...)
	if err != nil {
		return nil, err
	}
	g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	var fs []finding
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			if d.Category != "directive" {
				fs = append(fs, finding{d, act.Package.Fset.Position(d.Pos)})
			}
		}
	}
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].pos.Filename != fs[j].pos.Filename {
			return fs[i].pos.Filename < fs[j].pos.Filename
		}
		return fs[i].pos.Offset < fs[j].pos.Offset
	})
	return fs, nil
}

// reasonOf returns the reason a finding gives for having no fix, up to
// its first colon (the kind of reason, without the names it gives).
func reasonOf(d analysis.Diagnostic) string {
	_, why, ok := strings.Cut(d.Message, "; no suggested fix: ")
	if !ok {
		switch d.Category {
		case "cookie-store":
			return "(none given: a cookie-store finding, nothing to call on the server)"
		case "remember-me":
			return "(none given: a remember-me finding, whose token is the app's own)"
		}
		return "(none given)"
	}
	why, _, _ = strings.Cut(why, ": ")
	why, _, _ = strings.Cut(why, " (")
	return why
}

func print(ds []finding) {
	type row struct{ fixed, unfixed int }
	byCat := map[string]*row{}
	byReason := map[string]int{}
	total := row{}
	for _, d := range ds {
		r := byCat[d.Category]
		if r == nil {
			r = &row{}
			byCat[d.Category] = r
		}
		if len(d.SuggestedFixes) > 0 {
			r.fixed++
			total.fixed++
		} else {
			r.unfixed++
			total.unfixed++
			byReason[reasonOf(d.Diagnostic)]++
		}
	}
	fmt.Printf("| category | findings | with a fix | without |\n|---|---|---|---|\n")
	for _, c := range sortedKeys(byCat) {
		r := byCat[c]
		fmt.Printf("| %s | %d | %d | %d |\n", c, r.fixed+r.unfixed, r.fixed, r.unfixed)
	}
	fmt.Printf("| all | %d | %d | %d |\n\n", total.fixed+total.unfixed, total.fixed, total.unfixed)
	fmt.Printf("| why there is no fix | findings |\n|---|---|\n")
	reasons := sortedKeys(byReason)
	sort.SliceStable(reasons, func(i, j int) bool { return byReason[reasons[i]] > byReason[reasons[j]] })
	for _, r := range reasons {
		fmt.Printf("| %s | %d |\n", r, byReason[r])
	}
}

func sortedKeys[V any](m map[string]V) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
