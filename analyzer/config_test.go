package analyzer_test

import (
	"strings"
	"testing"

	"github.com/logoutcheck/logoutcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// withFlags returns a fresh analyzer with the flags set.
func withFlags(t *testing.T, flags map[string]string) *analysis.Analyzer {
	t.Helper()
	a := analyzer.New(analyzer.DefaultConfig())
	for name, value := range flags {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatalf("-%s=%s: %v", name, value, err)
		}
	}
	return a
}

func TestConfiguredAnalysis(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pkg   string
		flags map[string]string
	}{
		{"./configured", map[string]string{
			"invalidators":  "(*example.com/fixtures/configured.Store).Flush",
			"store-methods": "",
			"store-verbs":   "",
			"disable":       "client-only",
		}},
		{"./vocabulary", map[string]string{"logout-names": "abmelden, end session"}},
		{"./vocabulary/defaults", nil},
	}
	for _, tt := range tests {
		t.Run(tt.pkg, func(t *testing.T) {
			t.Parallel()
			analysistest.Run(t, fixtures, withFlags(t, tt.flags), tt.pkg)
		})
	}
}

func TestBadFlags(t *testing.T) {
	t.Parallel()
	tests := []struct {
		flag, value, want string
	}{
		{"invalidators", "example.com/app.(*Store).Flush", `is not a canonical function name`},
		{"invalidators", "Flush", `"Flush" is not a canonical function name`},
		{"store-methods", "(", "invalid regular expression"},
		{"store-receivers", "[a-", "invalid regular expression"},
		{"deny-lists", "(?i", "invalid regular expression"},
		{"disable", "cookie-stor", `unknown category "cookie-stor"`},
		{"logout-names", ",,", "logout-names: the logout vocabulary is empty"},
		{"logout-names", "logout,--", `logout-names: "--" has no words`},
	}
	for _, tt := range tests {
		a := analyzer.New(analyzer.DefaultConfig())
		err := a.Flags.Set(tt.flag, tt.value)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("-%s=%q: got error %v, want one containing %q", tt.flag, tt.value, err, tt.want)
		}
	}
}

func TestValidate(t *testing.T) {
	t.Parallel()
	good := analyzer.DefaultConfig()
	if err := good.Validate(); err != nil {
		t.Fatalf("default config: %v", err)
	}
	tests := []struct {
		edit func(*analyzer.Config)
		want string
	}{
		{func(c *analyzer.Config) { c.LogoutNames = nil }, "logout-names:"},
		{func(c *analyzer.Config) { c.Invalidators = []string{"(*x.T.M"} }, "invalidators:"},
		{func(c *analyzer.Config) { c.StoreVerbs = "(" }, "store-verbs: invalid regular expression"},
		{func(c *analyzer.Config) { c.Disable = []string{"all"} }, `disable: unknown category "all"`},
	}
	for _, tt := range tests {
		c := analyzer.DefaultConfig()
		tt.edit(&c)
		if err := c.Validate(); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Validate() = %v, want an error starting with %q", err, tt.want)
		}
	}
}

// TestAnalyzersIndependent checks that flags set on one analyzer do not
// leak into another or into Analyzer.
func TestAnalyzersIndependent(t *testing.T) {
	t.Parallel()
	a := analyzer.New(analyzer.DefaultConfig())
	if err := a.Flags.Set("disable", "client-only"); err != nil {
		t.Fatal(err)
	}
	b := analyzer.New(analyzer.DefaultConfig())
	if got := b.Flags.Lookup("disable").Value.String(); got != "" {
		t.Errorf("new analyzer has -disable=%q", got)
	}
	if got := analyzer.Analyzer.Flags.Lookup("disable").Value.String(); got != "" {
		t.Errorf("Analyzer has -disable=%q", got)
	}
}

func TestAnalyzerValid(t *testing.T) {
	t.Parallel()
	if err := analysis.Validate([]*analysis.Analyzer{analyzer.Analyzer}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(analyzer.Analyzer.Doc, "logoutcheck: report logout handlers") {
		t.Errorf("Doc = %q", analyzer.Analyzer.Doc)
	}
}
