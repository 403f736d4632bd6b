package driver

import (
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/logoutcheck/logoutcheck/analyzer"
)

// TestSARIFRules checks that every category a finding can carry (the
// categories -disable takes) has a SARIF rule, and every rule a category:
// buildSARIF leaves out a finding whose category has no rule.
func TestSARIFRules(t *testing.T) {
	_, list, ok := strings.Cut(analyzer.Analyzer.Flags.Lookup("disable").Usage, "report: ")
	if !ok {
		t.Fatalf("-disable usage does not list the categories: %q", analyzer.Analyzer.Flags.Lookup("disable").Usage)
	}
	cats := strings.Split(strings.TrimSpace(list), ", ")
	var ids []string
	for _, r := range rules {
		ids = append(ids, r.id)
	}
	if strings.Join(ids, ",") != strings.Join(cats, ",") {
		t.Errorf("SARIF rules %q, want one per category, in order: %q", ids, cats)
	}
}

// TestSARIFColumns checks that SARIF columns count UTF-16 code units, not
// the bytes of token.Position.Column.
func TestSARIFColumns(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.go")
	src := "package a\n\nfunc (a *Äpp) Logout() {} // 😀 x\n"
	if err := os.WriteFile(file, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	line := strings.Split(src, "\n")[2]
	cols := columns{}
	for _, c := range []struct {
		at   string // the text the position is at
		want int
	}{
		{"func", 1},
		{"Äpp", 10},
		{"Logout", 15}, // Ä is two bytes, one UTF-16 unit
		{"x", 33},      // 😀 is four bytes, two UTF-16 units
	} {
		p := token.Position{Filename: file, Line: 3, Column: strings.Index(line, c.at) + 1}
		if got := cols.column(p); got != c.want {
			t.Errorf("column of %q (byte column %d): %d, want %d", c.at, p.Column, got, c.want)
		}
	}
	r := cols.region(token.Position{Filename: file, Line: 3, Column: 16}, token.Position{Filename: file, Line: 3, Column: 22})
	if r != (sarifRegion{StartLine: 3, StartColumn: 15, EndLine: 3, EndColumn: 21}) {
		t.Errorf("region of Logout: %+v", r)
	}
}
