package plugin_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/logoutcheck/logoutcheck/analyzer"
	_ "github.com/logoutcheck/logoutcheck/analyzer/plugin"
	"github.com/logoutcheck/logoutcheck/internal/testfixtures"
)

// fixtures is the module of analysistest fixtures.
var fixtures = testfixtures.Dir()

func TestMain(m *testing.M) { testfixtures.Main(m.Run) }

// build does what golangci-lint does with a "type: module" linter: it
// looks the plugin up by name, passes it the decoded YAML settings and
// asks for the analyzers.
func build(t *testing.T, settings any) (*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("logoutcheck")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if len(as) != 1 || as[0].Name != "logoutcheck" {
		t.Fatalf("BuildAnalyzers() = %v, want the logoutcheck analyzer", as)
	}
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
	return as[0], nil
}

// flagValues returns the analyzer's configuration as its flags show it.
func flagValues(a *analysis.Analyzer) map[string]string {
	m := map[string]string{}
	a.Flags.VisitAll(func(f *flag.Flag) { m[f.Name] = f.Value.String() })
	return m
}

func TestSettings(t *testing.T) {
	t.Parallel()
	defaults := flagValues(analyzer.Analyzer)
	tests := []struct {
		name     string
		settings any
		want     map[string]string // flags that differ from the defaults
	}{
		{"none", nil, nil},
		{"empty", map[string]any{}, nil},
		// golangci-lint passes YAML lists as []any.
		{"disable", map[string]any{"disable": []any{"values-only", "cookie-store"}},
			map[string]string{"disable": "values-only,cookie-store"}},
		{"vocabulary", map[string]any{"logout-names": []any{"abmelden"}, "invalidators": []any{"(*example.com/app.Store).Flush"}},
			map[string]string{"logout-names": "abmelden", "invalidators": "(*example.com/app.Store).Flush"}},
		// An empty string turns a rule off; it is not "unset".
		{"off", map[string]any{"store-methods": ""}, map[string]string{"store-methods": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, err := build(t, tt.settings)
			if err != nil {
				t.Fatal(err)
			}
			got := flagValues(a)
			for name, def := range defaults {
				want, ok := tt.want[name]
				if !ok {
					want = def
				}
				if got[name] != want {
					t.Errorf("-%s = %q, want %q", name, got[name], want)
				}
			}
		})
	}
}

func TestBadSettings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		settings map[string]any
		want     string
	}{
		{map[string]any{"disabled": []any{"values-only"}}, `unknown field "disabled"`},
		{map[string]any{"store-methods": "("}, `store-methods: invalid regular expression "("`},
		{map[string]any{"disable": []any{"all"}}, `disable: unknown category "all"`},
		{map[string]any{"invalidators": []any{"Flush"}}, `invalidators: "Flush" is not a canonical function name`},
		{map[string]any{"logout-names": []any{}}, "logout-names: the logout vocabulary is empty"},
		{map[string]any{"disable": "values-only"}, "disable"}, // a string, not a list
	}
	for _, tt := range tests {
		if _, err := build(t, tt.settings); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("settings %v: got error %v, want one containing %q", tt.settings, err, tt.want)
		}
	}
}

// TestInstancesIndependent checks that each plugin instance has its own
// analyzer, and that none of them changes analyzer.Analyzer.
func TestInstancesIndependent(t *testing.T) {
	t.Parallel()
	a, err := build(t, map[string]any{"disable": []any{"client-only"}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a == b || a == analyzer.Analyzer || b == analyzer.Analyzer {
		t.Fatal("plugin instances share an analyzer")
	}
	for _, x := range []*analysis.Analyzer{b, analyzer.Analyzer} {
		if got := x.Flags.Lookup("disable").Value.String(); got != "" {
			t.Errorf("-disable = %q, want \"\"", got)
		}
	}
}

// TestAnalysis runs the analyzer the plugin builds, with settings, on a
// fixture.
func TestAnalysis(t *testing.T) {
	t.Parallel()
	a, err := build(t, map[string]any{"disable": []any{"values-only"}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, fixtures, a, "./pluginsettings")
}
