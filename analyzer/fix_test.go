package analyzer_test

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
)

// fixPackages are the fixtures whose findings carry suggested fixes; each
// edited file has a .golden file with the expected result.
var fixPackages = []string{"./fixscs", "./fixgorilla", "./fixgin", "./fixfiber", "./fixiris", "./fixconfigured", "./fixhelpers", "./fixnone", "./fixnone/calls", "./fixnone/iris", "./fixnone/testonly"}

// fixDeps are the packages of the app that the fix fixtures import.
var fixDeps = []string{"./fixauth", "./fixstore"}

// fixFlags configure the analyzer for the fix fixtures: fixconfigured's
// invalidators.
var fixFlags = map[string]string{
	"invalidators": "(*example.com/fixtures/fixconfigured.Store).Kill,example.com/fixtures/fixstore.Revoke",
}

func TestSuggestedFixes(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, fixtures, withFlags(t, fixFlags), fixPackages...)
}

// TestGoldenFilesTypeCheck type-checks every package with its files
// replaced by their golden versions, so that a golden file cannot lock in
// a fix that does not compile; and checks that the fixed code is clean.
func TestGoldenFilesTypeCheck(t *testing.T) {
	t.Parallel()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedTypes,
		Dir:  fixtures,
		Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, fixPackages...)
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range pkgs {
		goldens := 0
		fset := token.NewFileSet()
		var files []*ast.File
		for _, name := range pkg.GoFiles {
			src, err := os.ReadFile(name + ".golden")
			if err == nil {
				goldens++
			} else if src, err = os.ReadFile(name); err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			files = append(files, f)
		}
		if goldens == 0 && !strings.Contains(pkg.PkgPath+"/", "/fixnone/") {
			t.Errorf("%s has no golden files", pkg.PkgPath)
		}
		conf := types.Config{Importer: importerFor(pkg)}
		if _, err := conf.Check(pkg.PkgPath, fset, files, nil); err != nil {
			t.Errorf("%s with golden files does not type-check: %v", pkg.PkgPath, err)
		}
	}
}

// importerFor resolves imports from the already loaded dependencies.
func importerFor(pkg *packages.Package) types.Importer {
	return importerFunc(func(path string) (*types.Package, error) {
		if p, ok := pkg.Imports[path]; ok {
			return p.Types, nil
		}
		return importer.Default().Import(path)
	})
}

type importerFunc func(string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// TestFixedCodeIsClean copies the fix fixtures with their golden files in
// place of the originals and checks that logoutcheck no longer reports the
// fixed handlers: applying the fixes twice changes nothing.
func TestFixedCodeIsClean(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	t.Parallel()
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "go.sum"} {
		copyFile(t, filepath.Join(fixtures, name), filepath.Join(dir, name))
	}
	for _, pkg := range append(fixPackages, fixDeps...) {
		src := filepath.Join(fixtures, pkg)
		entries, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			name := e.Name()
			if !strings.HasSuffix(name, ".go") {
				continue
			}
			from := filepath.Join(src, name)
			if _, err := os.Stat(from + ".golden"); err == nil {
				from += ".golden"
			}
			copyFile(t, from, filepath.Join(dir, pkg, name))
		}
	}
	bin := filepath.Join(t.TempDir(), "logoutcheck")
	build := exec.Command("go", "build", "-o", bin, "github.com/logoutcheck/logoutcheck/cmd/logoutcheck")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	args := []string{"-invalidators=" + fixFlags["invalidators"]}
	cmd := exec.Command(bin, append(args, fixPackages...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod")
	out, _ := cmd.CombinedOutput()
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "logout handler") && !strings.Contains(line, "/fixnone/") {
			t.Errorf("still reported after the fix: %s", line)
		}
	}
	if !strings.Contains(string(out), "fixnone") {
		t.Errorf("unfixable findings are gone too; output:\n%s", out)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestFixesAreFormatted applies each suggested fix to its file as an
// editor does, without reformatting, and checks that the result is
// already gofmt-clean.
func TestFixesAreFormatted(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, fixtures, withFlags(t, fixFlags), fixPackages...)
	fixes := 0
	for _, res := range results {
		for _, d := range res.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				fixes++
				file := res.Pass.Fset.File(fix.TextEdits[0].Pos)
				src, err := os.ReadFile(file.Name())
				if err != nil {
					t.Fatal(err)
				}
				edits := slices.Clone(fix.TextEdits)
				slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
				out := slices.Clone(src)
				for _, e := range edits {
					start, end := file.Offset(e.Pos), file.Offset(e.End)
					out = slices.Concat(out[:start], e.NewText, out[end:])
				}
				formatted, err := format.Source(out)
				if err != nil {
					t.Errorf("%s: %q gives code that does not parse: %v", file.Name(), fix.Message, err)
					continue
				}
				if !bytes.Equal(formatted, out) {
					t.Errorf("%s: %q is not gofmt-clean as applied:\n%s", file.Name(), fix.Message, out)
				}
			}
		}
	}
	if fixes == 0 {
		t.Fatal("no suggested fixes at all")
	}
}
