package main

import (
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestFlags(t *testing.T) {
	t.Parallel()
	for _, test := range []struct {
		args []string
		want string // in the error
	}{
		{nil, "-o is required"},
		{[]string{"-v"}, "-o is required"},
		{[]string{"-o", "gopls", "-gopls-version", "v0.24.0"}, "gopls version v0.24.0 is not supported; supported versions: v0.23.0"},
		{[]string{"-o", "gopls", "build"}, `unexpected argument "build"`},
	} {
		err := run(context.Background(), test.args, testWriter{t})
		if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), test.want) {
			t.Errorf("run(%q) = %v, want a usage error containing %q", test.args, err, test.want)
		}
	}
	if err := run(context.Background(), []string{"-x"}, io.Discard); !errors.As(err, new(parseError)) {
		t.Errorf("run(-x) = %v, want a flag parsing error", err)
	}
}

// TestRegistration checks the file that the builder adds to gopls'
// internal/settings package.
func TestRegistration(t *testing.T) {
	t.Parallel()
	src, err := registration()
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), registerFile, src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	if !ast.IsGenerated(f) {
		t.Errorf("%s is not marked as generated", registerFile)
	}
	if f.Name.Name != "settings" {
		t.Errorf("package %s, want settings", f.Name.Name)
	}
	for _, want := range []string{
		`logoutcheck "` + analyzerPackage + `"`,
		"analyzer: logoutcheck.Analyzer,",
		"severity: protocol.SeverityWarning,",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("registration lacks %q:\n%s", want, src)
		}
	}
	// A nonDefault analyzer would be off unless the "analyses" setting
	// turned it on.
	if strings.Contains(string(src), "nonDefault:") {
		t.Errorf("registration sets nonDefault:\n%s", src)
	}
}

func TestFindSource(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	self := filepath.Join(root, "cmd", "logoutcheck-gopls", "main.go")
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "go.mod"), []byte("module example.com/other\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	released := &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v1.2.3", Sum: "h1:abc="}}
	devel := &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "(devel)"}}
	stamped := &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v1.2.4-0.20260101000000-0123456789ab+dirty"}}
	local := source{version: localVersion, dir: root}

	for _, test := range []struct {
		name    string
		replace string
		info    *debug.BuildInfo
		self    string
		want    source
		wantErr string
	}{
		{"released", "", released, self, source{version: "v1.2.3"}, ""},
		{"replace wins", root, released, self, local, ""},
		{"devel", "", devel, self, local, ""},
		{"vcs-stamped", "", stamped, self, local, ""},
		{"trimpath", "", devel, "github.com/logoutcheck/logoutcheck/cmd/logoutcheck-gopls/main.go", local, ""}, // found from the working directory
		{"replace other module", other, devel, self, source{}, "declares module example.com/other"},
		{"replace missing", filepath.Join(other, "missing"), devel, self, source{}, "no such file"},
	} {
		got, err := findSource(test.replace, test.info, test.self)
		if test.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), test.wantErr) {
				t.Errorf("%s: findSource = %v, %v; want error containing %q", test.name, got, err, test.wantErr)
			}
			continue
		}
		if err != nil || got != test.want {
			t.Errorf("%s: findSource = %+v, %v; want %+v", test.name, got, err, test.want)
		}
	}
}

func TestOutputPath(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip(err)
	}
	exe := "gopls"
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	for _, test := range []struct{ o, want string }{
		{filepath.Join(dir, "bin", "gopls"), filepath.Join(dir, "bin", "gopls")},
		{dir, filepath.Join(dir, exe)}, // an existing directory
		{"~" + string(filepath.Separator) + "gopls", filepath.Join(home, "gopls")},
	} {
		if got, err := outputPath(test.o); err != nil || got != test.want {
			t.Errorf("outputPath(%q) = %q, %v; want %q", test.o, got, err, test.want)
		}
	}
}

func TestInstall(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "new")
	if err := os.WriteFile(bin, []byte("new"), 0o755); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "bin", "gopls")
	if err := install(bin, dst); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(dst); err != nil || string(data) != "new" {
		t.Errorf("after install, %s holds %q, %v", dst, data, err)
	}
}
