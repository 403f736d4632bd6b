package e2e_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gclConfig is the .golangci.yml the tests use; %s is the plugin's
// settings, indented under "settings:".
const gclConfig = `version: "2"
linters:
  default: none
  enable:
    - logoutcheck
  settings:
    custom:
      logoutcheck:
        type: module
        description: reports logout handlers that leave the session valid on the server
        original-url: https://github.com/logoutcheck/logoutcheck
        settings:
%s
`

// golangciLint writes a .golangci.yml with settings into a copy of vetmod
// and runs golangci-lint built with the logoutcheck plugin on it, with
// args added to "run". It returns the result and the module directory.
func golangciLint(t *testing.T, settings string, args ...string) (result, string) {
	t.Helper()
	gcl := customGCL.build(t)
	dir := copyModule(t, vetmod)
	config := filepath.Join(dir, ".golangci.yml")
	if err := os.WriteFile(config, fmt.Appendf(nil, gclConfig, settings), 0o644); err != nil {
		t.Fatal(err)
	}
	args = append([]string{"run",
		"--config=" + config,
		"--output.text.path=stdout",
		"--output.text.print-issued-lines=false",
		"--output.text.colors=false",
		"--show-stats=false",
		"--allow-parallel-runners", // each test run has its own cache
	}, args...)
	return run(t, dir, gcl, append(args, "./...")...), dir
}

// TestGolangciLint builds golangci-lint with the logoutcheck module plugin
// (testdata/e2e/gcl) and runs it on vetmod: the plugin's settings reach
// the analyzer, facts cross packages, //nolint:logoutcheck suppresses a
// finding, and the SARIF output names the rule.
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint, which takes minutes the first time")
	}
	t.Parallel()
	sarif := filepath.Join(t.TempDir(), "out.sarif")
	res, _ := golangciLint(t, "          disable: [values-only]", "--output.sarif.path="+sarif)
	if res.code != 1 {
		t.Errorf("exit code %d, want 1 (issues found); stderr:\n%s", res.code, res.stderr)
	}
	// Not reported: LogoutRemove (values-only is disabled) and SignOut
	// (//nolint:logoutcheck). golangci-lint sorts by file.
	want := []string{findBye, findLogout, findLogoutAudit}
	var wantText []string
	for _, f := range want {
		wantText = append(wantText, f+" (logoutcheck)")
	}
	checkLines(t, "golangci-lint text output", lines(res.stdout), wantText)

	data, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("decoding SARIF: %v\n%s", err, data)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("SARIF version %q with %d runs, want 2.1.0 with 1:\n%s", log.Version, len(log.Runs), data)
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		if r.RuleID != "logoutcheck" {
			t.Errorf("SARIF result with ruleId %q, want logoutcheck", r.RuleID)
		}
		for _, l := range r.Locations {
			p := l.PhysicalLocation
			got = append(got, fmt.Sprintf("%s:%d:%d: %s", p.ArtifactLocation.URI, p.Region.StartLine, p.Region.StartColumn, r.Message.Text))
		}
	}
	checkLines(t, "SARIF results", got, want)
}

// TestGolangciLintBadSettings checks that golangci-lint refuses settings
// the plugin cannot use, with a message that names the bad key.
func TestGolangciLintBadSettings(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint, which takes minutes the first time")
	}
	t.Parallel()
	tests := []struct {
		settings string
		want     string
	}{
		{"          disabled: [values-only]", `unknown field "disabled"`},
		{`          store-methods: "("`, `store-methods: invalid regular expression "("`},
	}
	for _, tt := range tests {
		res, _ := golangciLint(t, tt.settings)
		if res.code == 0 || res.code == 1 {
			t.Errorf("settings %s: exit code %d, want a failure other than \"issues found\"", tt.settings, res.code)
		}
		if out := res.stdout + res.stderr; !strings.Contains(out, tt.want) {
			t.Errorf("settings %s: output does not contain %q:\n%s", tt.settings, tt.want, out)
		}
	}
}
