package replay

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// A Module is a temporary Go module, example.com/fixtures, with the
// requirements of the fixtures module (testdata/ at the top of the
// repository) and a copy of this package as example.com/fixtures/replay.
// The go commands run in it use only the module cache.
type Module struct {
	Dir string
}

// NewModule creates a module in a temporary directory of t from the
// fixtures module at fixtures.
func NewModule(t testing.TB, fixtures string) *Module {
	t.Helper()
	m := &Module{Dir: t.TempDir()}
	mod, err := os.ReadFile(filepath.Join(fixtures, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	// replace directives with relative paths point into the fixtures module
	abs, err := filepath.Abs(fixtures)
	if err != nil {
		t.Fatal(err)
	}
	mod = bytes.ReplaceAll(mod, []byte("=> ./"), []byte("=> "+filepath.ToSlash(abs)+"/"))
	m.Write(t, "go.mod", mod)
	sum, err := os.ReadFile(filepath.Join(fixtures, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	m.Write(t, "go.sum", sum)
	_, self, _, _ := runtime.Caller(0)
	m.CopyDir(t, filepath.Dir(self), "replay", func(name string) bool {
		return strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
	})
	return m
}

// Write writes a file at the slash-separated path rel in the module.
func (m *Module) Write(t testing.TB, rel string, data []byte) {
	t.Helper()
	name := filepath.Join(m.Dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// Read returns the content of the file at rel in the module.
func (m *Module) Read(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(m.Dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// CopyDir copies the files of the directory from (not its
// subdirectories) for which keep reports true to rel in the module.
func (m *Module) CopyDir(t testing.TB, from, rel string, keep func(name string) bool) {
	t.Helper()
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || !keep(e.Name()) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m.Write(t, rel+"/"+e.Name(), b)
	}
}

// Command returns a command that runs name in the module with only the
// module cache to resolve modules from.
func (m *Module) Command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = m.Dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod -buildvcs=false", "GOPROXY=off", "GOWORK=off", "GOSUMDB=off")
	return cmd
}

// GoTest runs go test on pkgs in the module and fails t with the output
// when they fail.
func (m *Module) GoTest(t testing.TB, pkgs ...string) {
	t.Helper()
	cmd := m.Command("go", append([]string{"test", "-count=1"}, pkgs...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test %s: %v\n%s", strings.Join(pkgs, " "), err, out)
	}
}
