package driver

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// A program is what one load of a module (or workspace) gives the
// analysis: the packages to report on, each of them and every package of
// the checked modules they import with full syntax and types.
type program struct {
	roots []*packages.Package // the packages named on the command line
	all   []*packages.Package // every package loaded, dependencies included
	mode  string              // "export data" or "source without bodies", for -debug
}

// The checked modules are the main modules (the module, or every module of
// the workspace) and modules replaced by a local directory: their code is
// loaded in full, so that facts flow between their packages. Every other
// package (the standard library, third-party modules) is loaded for its
// declarations only, from export data when the build cache holds it, or
// else from source without function bodies.

// listed is what go list says of one package.
type listed struct {
	id      string // import path, with the test variant suffix
	dir     string
	checked bool // in a checked module
	stale   bool // not in the build cache
	depOnly bool
}

// list runs go list -deps over the patterns in dir.
func list(dir string, patterns []string, tests bool) ([]listed, error) {
	const format = `{{.ImportPath}}	{{.Dir}}	{{.Stale}}	{{.DepOnly}}	{{.Standard}}	{{with .Module}}{{.Main}}	{{with .Replace}}{{if not .Version}}local{{end}}{{end}}{{end}}`
	args := []string{"list", "-e", "-deps", "-f", format}
	if tests {
		args = append(args, "-test")
	}
	args = append(args, "--")
	args = append(args, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("go list: %s", msg)
	}
	var out []listed
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 5 {
			continue
		}
		l := listed{id: f[0], dir: f[1], stale: f[2] == "true", depOnly: f[3] == "true"}
		std := f[4] == "true"
		switch {
		case std:
		case len(f) >= 7:
			l.checked = f[5] == "true" || f[6] == "local"
		default:
			l.checked = true // GOPATH mode: no modules, and not the standard library
		}
		out = append(out, l)
	}
	return out, nil
}

// importPath strips the test variant suffix from a package ID.
func importPath(id string) string {
	path, _, _ := strings.Cut(id, " ")
	return path
}

// load loads the packages matched by patterns in dir.
func load(fset *token.FileSet, dir string, patterns []string, tests, forceSource bool) (*program, error) {
	ls, err := list(dir, patterns, tests)
	if err != nil {
		return nil, err
	}
	var checkedPaths []string
	seen := map[string]bool{}
	checkedDirs := map[string]bool{}
	requested := map[string]bool{}
	warm := !forceSource
	for _, l := range ls {
		if !l.depOnly {
			requested[l.id] = true
		}
		if l.checked {
			if p := importPath(l.id); !seen[p] && !strings.HasSuffix(p, ".test") {
				seen[p] = true
				checkedPaths = append(checkedPaths, p)
			}
			if l.dir != "" {
				checkedDirs[l.dir] = true
			}
		} else if l.stale && l.id != "unsafe" {
			warm = false // building export data would compile it
		}
	}
	if len(requested) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if len(checkedPaths) == 0 {
		checkedPaths = patterns // e.g. only standard library packages: nothing to report
	}
	if warm {
		prog, err := loadExport(fset, dir, checkedPaths, tests, requested, checkedDirs)
		if err == nil {
			return prog, nil
		}
		// export data could not be had for some dependency: use source
	}
	return loadSource(fset, dir, patterns, tests, requested, checkedDirs)
}

const baseMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// loadExport loads the packages of the checked modules from source and
// everything else from export data.
func loadExport(fset *token.FileSet, dir string, checkedPaths []string, tests bool, requested, checkedDirs map[string]bool) (*program, error) {
	cfg := &packages.Config{Mode: baseMode, Dir: dir, Tests: tests, Fset: fset}
	pkgs, err := packages.Load(cfg, checkedPaths...)
	if err != nil {
		return nil, err
	}
	prog := &program{mode: "export data"}
	var failed error
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		prog.all = append(prog.all, p)
		if p.Syntax == nil && len(p.Errors) > 0 && failed == nil {
			failed = fmt.Errorf("%s: %v", p.ID, p.Errors[0])
		}
	})
	if failed != nil {
		return nil, failed
	}
	prog.finish(pkgs, requested, checkedDirs)
	return prog, nil
}

// loadSource loads every package from source, without the function bodies
// of packages outside the checked modules.
func loadSource(fset *token.FileSet, dir string, patterns []string, tests bool, requested, checkedDirs map[string]bool) (*program, error) {
	cfg := &packages.Config{
		Mode:  baseMode | packages.NeedDeps,
		Dir:   dir,
		Tests: tests,
		Fset:  fset,
		ParseFile: func(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
			const mode = parser.AllErrors | parser.ParseComments
			f, err := parser.ParseFile(fset, filename, src, mode)
			if f == nil || checkedDirs[filepath.Dir(filename)] {
				return f, err
			}
			// cgo output lives in the build cache; //line names its source
			if checkedDirs[filepath.Dir(fset.Position(f.Package).Filename)] {
				return f, err
			}
			for _, d := range f.Decls {
				// Declarations are all an importer needs. The body left,
				// "for {}", is terminating and mentions nothing (generic
				// functions and init must have one).
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
					b := fd.Body
					fd.Body = &ast.BlockStmt{Lbrace: b.Lbrace, Rbrace: b.Rbrace, List: []ast.Stmt{
						&ast.ForStmt{For: b.Lbrace, Body: &ast.BlockStmt{Lbrace: b.Lbrace, Rbrace: b.Lbrace}},
					}}
				}
			}
			return f, err
		},
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	prog := &program{mode: "source without bodies"}
	// Without bodies, imports used only in them look unused: those errors
	// are the loader's doing, not the code's.
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		prog.all = append(prog.all, p)
		stripped := !inChecked(p, checkedDirs)
		var errs []packages.Error
		for _, e := range p.Errors {
			if stripped && e.Kind == packages.TypeError && unusedImport(e.Msg) {
				continue
			}
			errs = append(errs, e)
		}
		p.Errors = errs
		tes := p.TypeErrors[:0]
		for _, e := range p.TypeErrors {
			if stripped && unusedImport(e.Msg) {
				continue
			}
			tes = append(tes, e)
		}
		p.TypeErrors = tes
		p.IllTyped = len(p.Errors) > 0
		for _, imp := range p.Imports {
			p.IllTyped = p.IllTyped || imp.IllTyped // postorder: imports are done
		}
	})
	prog.finish(pkgs, requested, checkedDirs)
	return prog, nil
}

// unusedImport reports whether msg is go/types' unused import error.
func unusedImport(msg string) bool {
	return strings.Contains(msg, " imported ") && strings.HasSuffix(msg, "and not used")
}

// inChecked reports whether p is a package of a checked module.
func inChecked(p *packages.Package, checkedDirs map[string]bool) bool {
	for _, files := range [][]string{p.GoFiles, p.CompiledGoFiles} {
		for _, f := range files {
			if checkedDirs[filepath.Dir(f)] {
				return true
			}
		}
	}
	return false
}

// finish picks the roots and cuts the import edges that leave the checked
// modules, so that the analysis runs on the checked packages only (the
// others have no bodies to learn from).
func (prog *program) finish(pkgs []*packages.Package, requested, checkedDirs map[string]bool) {
	checked := map[*packages.Package]bool{}
	for _, p := range prog.all {
		checked[p] = inChecked(p, checkedDirs)
	}
	for _, p := range prog.all {
		if !checked[p] {
			continue
		}
		for path, imp := range p.Imports {
			if !checked[imp] {
				delete(p.Imports, path)
			}
		}
	}
	for _, p := range prog.all {
		if requested[p.ID] && checked[p] {
			prog.roots = append(prog.roots, p)
		}
	}
}
