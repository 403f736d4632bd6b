package e2e_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestVet runs go vet -vettool=logoutcheck on vetmod. go vet prints the
// findings to stderr, relative to the module, and exits with 1.
func TestVet(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	tests := []struct {
		name  string
		flags []string
		want  []string
		code  int
	}{
		{"defaults", nil, allFindings, 1},
		// go vet passes the analyzer's flags through to the tool.
		{"disable", []string{"-disable=no-invalidation"}, []string{findLogoutRemove}, 1},
		{"disable-all", []string{"-disable=no-invalidation,values-only"}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := copyModule(t, vetmod)
			args := append([]string{"vet", "-vettool=" + tool}, tt.flags...)
			res := run(t, dir, "go", append(args, "./...")...)
			if res.code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", res.code, tt.code, res.stderr)
			}
			checkLines(t, "go vet stderr", lines(res.stderr), tt.want)
		})
	}
}

// TestVetBadFlag checks that a malformed analyzer flag fails go vet with
// a message that names the flag and the bad value.
func TestVetBadFlag(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	res := run(t, copyModule(t, vetmod), "go", "vet", "-vettool="+tool, "-disable=bogus", "./...")
	if res.code != 1 {
		t.Errorf("exit code %d, want 1", res.code)
	}
	const want = `invalid value "bogus" for flag -disable: unknown category "bogus" (known: no-invalidation, client-only, unsaved, cookie-store, values-only, remember-me, directive)`
	if !strings.Contains(res.stderr, want) {
		t.Errorf("stderr does not contain %q:\n%.2000s", want, res.stderr)
	}
}

// A jsonTree is the -json output of a go/analysis driver for one package
// or more: package path -> analyzer name -> diagnostics.
type jsonTree map[string]map[string][]struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
}

// decodeJSON decodes the concatenated JSON trees in s (go vet -json prints
// one per package) and returns the logoutcheck findings in the form go vet
// prints them, positions relative to dir, sorted.
func decodeJSON(t *testing.T, s, dir string) []string {
	t.Helper()
	var got []string
	dec := json.NewDecoder(strings.NewReader(s))
	for {
		var tree jsonTree
		if err := dec.Decode(&tree); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("decoding JSON output: %v\n%s", err, s)
		}
		for pkg, analyzers := range tree {
			for name, diags := range analyzers {
				if name != "logoutcheck" {
					t.Errorf("package %s: findings under %q, want logoutcheck", pkg, name)
				}
				for _, d := range diags {
					posn, err := filepath.Rel(dir, d.Posn)
					if err != nil {
						t.Fatal(err)
					}
					if d.Category == "" {
						t.Errorf("%s: no category", d.Posn)
					}
					got = append(got, filepath.ToSlash(posn)+": "+d.Message)
				}
			}
		}
	}
	// The order of the packages is not fixed.
	slices.Sort(got)
	return got
}

// TestVetJSON runs go vet -json: the tool's JSON, one tree per package,
// and exit code 0.
func TestVetJSON(t *testing.T) {
	t.Parallel()
	checkJSON(t, "go vet -json", "go", "vet", "-vettool="+logoutcheck.build(t), "-json", "./...")
}

// checkJSON runs a command that prints JSON findings on a copy of vetmod:
// it must exit with 0 and report every finding.
func checkJSON(t *testing.T, what, cmd string, args ...string) {
	t.Helper()
	dir := copyModule(t, vetmod)
	res := run(t, dir, cmd, args...)
	if res.code != 0 {
		t.Errorf("%s: exit code %d, want 0; stderr:\n%s", what, res.code, res.stderr)
	}
	checkLines(t, what, decodeJSON(t, res.stdout, dir), slices.Sorted(slices.Values(allFindings)))
}

// TestFix runs go fix with logoutcheck as the fix tool on a copy of
// vetmod. go fix -diff shows the fixes without applying them; go fix
// applies them, and the fixed module must build and be free of findings,
// except the one reported at a route for a handler of another package,
// which has no fix.
func TestFix(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	dir := copyModule(t, vetmod)

	res := run(t, dir, "go", "fix", "-fixtool="+tool, "-diff", "./...")
	if res.code != 1 {
		t.Errorf("go fix -diff: exit code %d, want 1 (a diff); stderr:\n%s", res.code, res.stderr)
	}
	if !strings.Contains(res.stdout, "a.Sessions.Destroy(r.Context())") {
		t.Errorf("go fix -diff: no Destroy call added; stdout:\n%s", res.stdout)
	}
	if changed := changedFiles(t, vetmod, dir); len(changed) > 0 {
		t.Errorf("go fix -diff changed %v", changed)
	}

	res = run(t, dir, "go", "fix", "-fixtool="+tool, "./...")
	if res.code != 0 {
		t.Errorf("go fix: exit code %d, want 0; stderr:\n%s", res.code, res.stderr)
	}
	checkLines(t, "files changed by go fix", changedFiles(t, vetmod, dir), []string{"web/web.go"})
	if res := run(t, dir, "go", "build", "./..."); res.code != 0 {
		t.Errorf("go build after go fix: exit code %d\n%s", res.code, res.stderr)
	}
	res = run(t, dir, "go", "vet", "-vettool="+tool, "./...")
	if res.code != 1 {
		t.Errorf("go vet after go fix: exit code %d, want 1; stderr:\n%s", res.code, res.stderr)
	}
	checkLines(t, "go vet after go fix", lines(res.stderr), []string{findBye})
}

// changedFiles returns the files of the module in orig whose copy in dir
// differs, relative to orig, with forward slashes.
func changedFiles(t *testing.T, orig, dir string) []string {
	t.Helper()
	var changed []string
	err := filepath.WalkDir(orig, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(orig, path)
		if err != nil {
			return err
		}
		before, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		after, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil {
			return err
		}
		if !bytes.Equal(before, after) {
			changed = append(changed, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return changed
}
