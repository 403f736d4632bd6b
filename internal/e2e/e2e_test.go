package e2e_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	// root is the logoutcheck module.
	root = func() string {
		dir, err := filepath.Abs("../..")
		if err != nil {
			panic(err)
		}
		return dir
	}()

	// vetmod is the module every tool is run on.
	vetmod = filepath.Join(root, "testdata", "e2e", "vetmod")

	// binDir holds the programs built by the tests; TestMain removes it.
	binDir string
)

// goEnv is the environment of every command the tests run: the caller's,
// with the settings that would change what the go command does fixed.
var goEnv = append(os.Environ(),
	"GOFLAGS=-mod=readonly -buildvcs=false",
	"GOWORK=off",
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "logoutcheck-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	binDir = dir
	// golangci-lint caches analysis results; keep them to this run.
	goEnv = append(goEnv, "GOLANGCI_LINT_CACHE="+filepath.Join(dir, "golangci-lint-cache"))

	// Download vetmod's requirements once, up front, so that a network
	// failure shows as one error rather than in every test.
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = vetmod
	cmd.Env = goEnv
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "downloading the requirements of %s: %v\n", vetmod, err)
		return 1
	}
	return m.Run()
}

// A program is a binary built from a main package, once per test run.
type program struct {
	name string // file name in binDir
	dir  string // module directory to build in
	pkg  string // package to build, relative to dir

	once sync.Once
	path string
	err  error
}

var (
	logoutcheck = &program{name: "logoutcheck", dir: root, pkg: "./cmd/logoutcheck"}

	// customGCL is golangci-lint with the logoutcheck plugin. Its first
	// build compiles all of golangci-lint: minutes, and about 0.7 GB of
	// build cache.
	customGCL = &program{name: "custom-gcl", dir: filepath.Join(root, "testdata", "e2e", "gcl"), pkg: "."}
)

// build returns the path of the program, building it on first use.
func (p *program) build(t *testing.T) string {
	t.Helper()
	p.once.Do(func() {
		p.err = fmt.Errorf("building %s failed in another test", p.name) // until it succeeds
		path := filepath.Join(binDir, p.name)
		start := time.Now()
		res := run(t, p.dir, "go", "build", "-o", path, p.pkg)
		if res.code != 0 {
			p.err = fmt.Errorf("building %s in %s: exit code %d\n%s", p.pkg, p.dir, res.code, res.stderr)
			return
		}
		t.Logf("built %s in %v", p.name, time.Since(start).Round(time.Second))
		p.path, p.err = path, nil
	})
	if p.err != nil {
		t.Fatal(p.err)
	}
	return p.path
}

// A result is what a command did.
type result struct {
	stdout, stderr string
	code           int // exit code
}

// run runs a command in dir and returns its output and exit code. It
// stops the command shortly before the test's deadline, so that a slow
// build fails with its output rather than a test binary timeout.
func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	ctx := t.Context()
	if deadline, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, deadline.Add(-30*time.Second))
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = goEnv
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s %s: stopped before the test's deadline (run go test with a larger -timeout)\n%s", name, strings.Join(args, " "), stderr.Bytes())
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// copyModule copies the module in dir to a new temporary directory and
// returns the copy's path, so that no run sees files left by another.
func copyModule(t *testing.T, dir string) string {
	t.Helper()
	// The tools print resolved file names: resolve the directory too.
	dst, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err = os.CopyFS(dst, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// lines returns the non-empty lines of s.
func lines(s string) []string {
	var ls []string
	for l := range strings.Lines(s) {
		if l = strings.TrimRight(l, "\r\n"); l != "" {
			ls = append(ls, l)
		}
	}
	return ls
}

// The findings in vetmod, as go vet prints them (positions relative to the
// module).
const (
	findLogout       = `web/web.go:17:15: logout handler Logout (name matches "logout") leaves the session valid on the server: nothing invalidates it (call (*scs.SessionManager).Destroy)`
	findLogoutAudit  = `web/web.go:40:15: logout handler LogoutAudit (name matches "logout") leaves the session valid on the server: nothing invalidates it (call (*scs.SessionManager).Destroy)`
	findLogoutRemove = `web/web.go:46:15: logout handler LogoutRemove (name matches "logout") leaves the session valid on the server: it only removes session values, so the session ID stays valid (call (*scs.SessionManager).Destroy)`
	findSignOut      = `web/web.go:53:15: logout handler SignOut (name matches "sign out") leaves the session valid on the server: nothing invalidates it (call (*scs.SessionManager).Destroy)` // has //nolint:logoutcheck
	// web.App.Bye, judged where package routes registers it, through the
	// fact package web exports for it
	findBye = `routes/routes.go:13:33: logout handler web.App.Bye (registered on route "POST /logout") leaves the session valid on the server: nothing invalidates it (call (*scs.SessionManager).Destroy)`
)

// allFindings is every finding with the default configuration. The
// handlers that invalidate the session, LogoutDestroy and LogoutHelper
// (through authhelp.EndSession, a fact from another package), are not in
// it.
var allFindings = []string{findLogout, findLogoutAudit, findLogoutRemove, findSignOut, findBye}

// checkLines reports an error unless got and want hold the same lines in
// the same order.
func checkLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: got lines\n\t%s\nwant\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
