package e2e_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/logoutcheck/logoutcheck/internal/testfixtures"
)

// fixturesModule is the module of the analyzer's fixtures. It requires
// every framework and session library logoutcheck knows.
var fixturesModule = testfixtures.Dir()

// TestCorpus runs logoutcheck on real code that it was not written
// against: the standard library with its tests, and every package the
// fixtures module depends on, which includes the sources of all supported
// frameworks and session libraries (the command loads dependencies from
// source). It must neither crash nor fail: exit status 0 (no findings) or 3
// (findings), and no panic in its output.
//
// The command skips the packages of its own GOROOT. To analyze the
// standard library like any other code, the test builds it with -trimpath
// and runs it without GOROOT in the environment, so that it does not know
// its GOROOT.
//
// It takes about a minute and a half on two cores, mostly for std, and
// the std run peaks at about 5 GB of memory.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes the standard library and the fixtures' dependencies")
	}
	t.Parallel()
	tool := filepath.Join(t.TempDir(), "logoutcheck")
	if res := run(t, root, "go", "build", "-trimpath", "-o", tool, "./cmd/logoutcheck"); res.code != 0 {
		t.Fatalf("go build -trimpath: exit status %d\n%s", res.code, res.stderr)
	}
	downloadModules(t, fixturesModule)
	env := slices.DeleteFunc(slices.Clone(goEnv), func(kv string) bool { return strings.HasPrefix(kv, "GOROOT=") })
	corpora := []struct {
		name string
		dir  string
		args []string
	}{
		{"std", root, []string{"std"}},
		// The dependencies' tests are left out: some need files that
		// their modules generate and do not ship.
		{"fixtures-all", fixturesModule, []string{"-test=false", "all"}},
	}
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			res := runEnv(t, env, c.dir, tool, c.args...)
			t.Logf("logoutcheck %s: exit status %d in %v", strings.Join(c.args, " "), res.code, time.Since(start).Round(time.Second))
			if res.code != 0 && res.code != 3 {
				t.Errorf("exit status %d, want 0 or 3; stderr ends:\n%s", res.code, tail(res.stderr, 40))
			}
			if out := res.stdout + res.stderr; strings.Contains(out, "panic") {
				i := strings.Index(out, "panic")
				t.Errorf("output mentions a panic:\n%s", tail(out[i:], 60))
			}
		})
	}
}

// TestDeterministicJSON runs logoutcheck -json twice on a copy of the
// fixtures module: the two outputs must be the same, byte for byte.
func TestDeterministicJSON(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	downloadModules(t, fixturesModule)
	dir := copyModule(t, fixturesModule)
	var outs [2]string
	for i := range outs {
		res := run(t, dir, tool, "-json", "./...")
		if res.code != 0 && !(res.code == 1 && onlyBrokenFixtures(res.stderr)) {
			t.Fatalf("run %d: exit status %d, want 0 (or 1 for the type errors of testdata/broken); stderr:\n%s", i+1, res.code, tail(res.stderr, 40))
		}
		outs[i] = res.stdout
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(outs[0]), &tree); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, tail(outs[0], 20))
	}
	findings := 0
	for _, byAnalyzer := range tree {
		if _, ok := byAnalyzer["logoutcheck"]; ok {
			findings++
		}
	}
	if findings == 0 {
		t.Fatalf("no package has findings; output:\n%s", tail(outs[0], 20))
	}
	if outs[0] != outs[1] {
		a, b := strings.Split(outs[0], "\n"), strings.Split(outs[1], "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("the two runs differ first at line %d:\n\t%s\nand\n\t%s", i+1, a[i], b[i])
			}
		}
		t.Fatalf("the two runs differ in length: %d and %d lines", len(a), len(b))
	}
}

// runEnv runs a command in dir with the environment env and returns its
// output and exit code.
func runEnv(t *testing.T, env []string, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), name, args...)
	cmd.Dir, cmd.Env = dir, env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// downloadModules downloads the requirements of the module in dir, which
// the command then loads with -mod=readonly.
func downloadModules(t *testing.T, dir string) {
	t.Helper()
	if res := run(t, dir, "go", "mod", "download"); res.code != 0 {
		t.Fatalf("go mod download in %s: exit status %d\n%s", dir, res.code, res.stderr)
	}
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(ls) > n {
		ls = append([]string{"..."}, ls[len(ls)-n:]...)
	}
	return strings.Join(ls, "\n")
}

// onlyBrokenFixtures reports whether every line of stderr is a type error
// in the fixtures that do not type-check on purpose (testdata/broken).
func onlyBrokenFixtures(stderr string) bool {
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for _, l := range lines {
		if !strings.Contains(l, "/broken/") {
			return false
		}
	}
	return len(lines) > 0
}
