package e2e_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// singlechecker is logoutcheck's analyzer under the standard
// single-analyzer driver, which loads every package from source: the
// command as it was before it had its own driver.
var singlechecker = &program{name: "singlechecker", dir: root, pkg: "./bench/singlechecker"}

// TestSameFindingsAsStandardDriver runs the command and the standard
// driver with -json on the fixtures module, the example app and vetmod:
// the command loads dependencies for their declarations only, yet its
// findings, fixes and exit code must be the standard driver's, byte for
// byte.
func TestSameFindingsAsStandardDriver(t *testing.T) {
	t.Parallel()
	tool, std := logoutcheck.build(t), singlechecker.build(t)
	downloadModules(t, fixturesModule)
	downloadModules(t, filepath.Join(root, "example"))
	example := filepath.Join(root, "example")
	// The example app requires logoutcheck through a replace directive
	// that names the directory above: run it in place.
	readTree(t, example)
	modules := []struct{ name, dir string }{
		{"fixtures", copyModule(t, fixturesModule)},
		{"example", example},
		{"vetmod", copyModule(t, vetmod)},
	}
	for _, m := range modules {
		t.Run(m.name, func(t *testing.T) {
			t.Parallel()
			got := run(t, m.dir, tool, "-json", "./...")
			want := run(t, m.dir, std, "-json", "./...")
			if got.code != want.code {
				t.Errorf("exit code %d, the standard driver's %d; stderr:\n%s", got.code, want.code, tail(got.stderr, 20))
			}
			if n := countFindings(t, want.stdout); n == 0 {
				t.Fatalf("the standard driver found nothing; stdout:\n%s\nstderr:\n%s", tail(want.stdout, 20), tail(want.stderr, 20))
			}
			if got.stdout != want.stdout {
				a, b := strings.Split(got.stdout, "\n"), strings.Split(want.stdout, "\n")
				for i := range min(len(a), len(b)) {
					if a[i] != b[i] {
						t.Fatalf("-json output differs from the standard driver's first at line %d:\n\t%s\nwant\n\t%s", i+1, a[i], b[i])
					}
				}
				t.Fatalf("-json output has %d lines, the standard driver's %d", len(a), len(b))
			}
		})
	}
}

// countFindings returns the number of diagnostics in the -json output out.
func countFindings(t *testing.T, out string) int {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, tail(out, 20))
	}
	n := 0
	for _, byAnalyzer := range tree {
		var diags []json.RawMessage
		if json.Unmarshal(byAnalyzer["logoutcheck"], &diags) == nil {
			n += len(diags)
		}
	}
	return n
}
