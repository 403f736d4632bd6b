package analyzer_test

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/logoutcheck/logoutcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
)

// FuzzAnalyzer runs logoutcheck on arbitrary single-file packages and
// checks what any driver relies on: it does not panic, not even on code
// that does not type-check (gopls may run it there); diagnostics and their
// fixes stay inside the file; a fix applies cleanly, compiles, makes the
// finding go away and, outside the imports, keeps gofmt-formatted code
// formatted (gopls applies fixes as they are); and two runs report the
// same.
//
// The seed corpus is every Go file of the fixtures (package clause
// rewritten) and the example app, generated handlers (fuzzgen_test.go),
// and the inputs in testdata/fuzz/FuzzAnalyzer, each a bug found and
// fixed. Without -fuzz, go test runs just the seeds.
//
//	go test ./analyzer -run '^$' -fuzz FuzzAnalyzer -fuzztime 30m
func FuzzAnalyzer(f *testing.F) {
	for _, src := range fuzzSeeds(f) {
		f.Add(src)
	}
	// Load before fuzzing: a fuzz worker gives each call 10 seconds.
	imp := fuzzImporter(f)
	f.Fuzz(func(t *testing.T, src string) {
		checkAnalyzerOn(t, imp, src)
	})
}

// fuzzFile is the name of the one file of the fuzzed package.
const fuzzFile = "/fuzz/p.go"

// fuzzPackages are the packages a fuzzed file may import: the standard
// library a handler uses and the session libraries and frameworks (with
// their dependencies, which are loaded too).
var fuzzPackages = []string{
	"context", "database/sql", "encoding/json", "errors", "fmt", "html/template",
	"log", "net/http", "os", "strconv", "strings", "sync", "time",
	"github.com/alexedwards/scs/v2",
	"github.com/alexedwards/scs/v2/memstore",
	"github.com/boj/redistore",
	"github.com/gin-contrib/sessions",
	"github.com/gin-contrib/sessions/cookie",
	"github.com/gin-contrib/sessions/memstore",
	"github.com/gin-contrib/sessions/redis",
	"github.com/gin-gonic/gin",
	"github.com/go-chi/chi/v5",
	"github.com/gofiber/fiber/v2",
	"github.com/gofiber/fiber/v2/middleware/session",
	"github.com/gofiber/fiber/v3",
	"github.com/gofiber/fiber/v3/middleware/session",
	"github.com/gorilla/mux",
	"github.com/gorilla/sessions",
	"github.com/labstack/echo-contrib/session",
	"github.com/labstack/echo/v4",
	"github.com/labstack/echo/v5",
}

var fuzzEnv struct {
	once sync.Once
	imp  types.ImporterFrom
	err  error
}

// fuzzImporter returns an importer of the preloaded fuzzPackages, loading
// them (from export data) on first use.
func fuzzImporter(tb testing.TB) types.Importer {
	fuzzEnv.once.Do(func() {
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedTypes,
			Dir:  fixtures,
			Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off"),
		}
		roots, err := packages.Load(cfg, fuzzPackages...)
		if err != nil {
			fuzzEnv.err = err
			return
		}
		loaded := map[string]*types.Package{"unsafe": types.Unsafe}
		var errs []string
		packages.Visit(roots, nil, func(p *packages.Package) {
			for _, e := range p.Errors {
				errs = append(errs, e.Error())
			}
			if p.Types != nil {
				loaded[p.PkgPath] = p.Types
			}
		})
		if len(errs) > 0 {
			fuzzEnv.err = fmt.Errorf("loading %v:\n%s", fuzzPackages, strings.Join(errs, "\n"))
			return
		}
		fuzzEnv.imp = mapImporter(loaded)
	})
	if fuzzEnv.err != nil {
		tb.Fatal(fuzzEnv.err)
	}
	return fuzzEnv.imp
}

// mapImporter imports preloaded packages, and nothing else.
type mapImporter map[string]*types.Package

func (m mapImporter) Import(path string) (*types.Package, error) {
	return m.ImportFrom(path, "", 0)
}

func (m mapImporter) ImportFrom(path, _ string, _ types.ImportMode) (*types.Package, error) {
	if p, ok := m[path]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("package %q is not preloaded", path)
}

// fuzzSeeds returns the seed corpus: the Go files (and golden files) of
// the fixtures and the example app as package p, a few of them with CRLF
// line endings, and generated programs.
func fuzzSeeds(tb testing.TB) []string {
	var seeds []string
	for _, root := range []string{fixtures, filepath.Join(fixtures, "..", "example")} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if !strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, ".go.golden") {
				return nil
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if src, ok := asPackageP(src); ok {
				seeds = append(seeds, src)
				if strings.HasSuffix(path, ".golden") {
					seeds = append(seeds, strings.ReplaceAll(src, "\n", "\r\n"))
				}
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return append(seeds, generatePrograms(1, 150)...)
}

// asPackageP rewrites the package clause of a Go file to "package p".
func asPackageP(src []byte) (string, bool) {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly)
	if err != nil {
		return "", false
	}
	start, end := int(f.Name.Pos())-1, int(f.Name.End())-1
	return string(src[:start]) + "p" + string(src[end:]), true
}

// A fuzzPackage is one type-checked (or partly type-checked) file.
type fuzzPackage struct {
	src       string
	fset      *token.FileSet
	file      *ast.File
	pkg       *types.Package
	info      *types.Info
	typeErrs  []types.Error
	tokenFile *token.File
}

// parseAndCheck parses src as fuzzFile and type-checks it, keeping the
// partial result when there are type errors. It returns nil when src does
// not parse.
func parseAndCheck(imp types.Importer, src string) *fuzzPackage {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, fuzzFile, src, parser.AllErrors|parser.ParseComments)
	if err != nil {
		return nil
	}
	p := &fuzzPackage{src: src, fset: fset, file: file, tokenFile: fset.File(file.Pos())}
	p.info = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Instances:    map[*ast.Ident]types.Instance{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{
		Importer: imp,
		Sizes:    types.SizesFor("gc", runtime.GOARCH),
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				p.typeErrs = append(p.typeErrs, te)
			}
		},
	}
	p.pkg, _ = conf.Check("example.com/p", fset, []*ast.File{file}, p.info)
	return p
}

// run runs a new logoutcheck analyzer on the package and returns its
// diagnostics, turning a panic into a test failure that says whether the
// code type-checked.
func (p *fuzzPackage) run(t *testing.T) (diags []analysis.Diagnostic) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("logoutcheck panicked (%d type errors): %v\n%s\nsource:\n%s", len(p.typeErrs), r, debug.Stack(), p.src)
		}
	}()
	a := analyzer.New(analyzer.DefaultConfig())
	facts := map[types.Object]analysis.Fact{}
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       p.fset,
		Files:      []*ast.File{p.file},
		Pkg:        p.pkg,
		TypesInfo:  p.info,
		TypesSizes: types.SizesFor("gc", runtime.GOARCH),
		TypeErrors: p.typeErrs,
		ResultOf:   map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New([]*ast.File{p.file})},
		Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile: func(name string) ([]byte, error) {
			if name == fuzzFile {
				return []byte(p.src), nil
			}
			return nil, fs.ErrNotExist
		},
		ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
			if f, ok := facts[obj]; ok && reflect.TypeOf(f) == reflect.TypeOf(fact) {
				reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(f).Elem())
				return true
			}
			return false
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if obj.Pkg() != p.pkg {
				panic(fmt.Sprintf("internal error: fact exported for %v, which is not in package %s", obj, p.pkg.Path()))
			}
			facts[obj] = fact
		},
		AllObjectFacts: func() []analysis.ObjectFact {
			var out []analysis.ObjectFact
			for obj, f := range facts {
				out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
			}
			return out
		},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
	if _, err := a.Run(pass); err != nil {
		t.Fatalf("logoutcheck failed: %v", err)
	}
	return diags
}

// checkAnalyzerOn is the property FuzzAnalyzer checks for one input.
func checkAnalyzerOn(t *testing.T, imp types.Importer, src string) {
	p := parseAndCheck(imp, src)
	if p == nil {
		return // not Go: drivers do not run analyzers on files that do not parse
	}
	diags := p.run(t)
	for _, d := range diags {
		p.checkDiagnostic(t, d)
	}
	if len(p.typeErrs) > 0 {
		// broken code: no panic, no fix, and no finding on a handler that
		// calls something unresolved (it may be the invalidation)
		for _, d := range diags {
			if len(d.SuggestedFixes) > 0 {
				t.Fatalf("fix suggested in code with type errors: %q\nsource:\n%s", d.Message, src)
			}
			if body := p.bodyAt(d.Pos); body != nil && p.callsUnresolved(body) {
				t.Fatalf("finding %q on a handler that calls something unresolved\nsource:\n%s", d.Message, src)
			}
		}
		return
	}

	if first, second := describeAll(p.fset, diags), describeAll(p.fset, p.run(t)); first != second {
		t.Fatalf("two runs differ:\n%s\nand\n%s\nsource:\n%s", first, second, src)
	}

	before := handlerCounts(diags)
	formatted := isFormatted(src)
	for _, d := range diags {
		for _, fix := range d.SuggestedFixes {
			fixed := p.apply(fix.TextEdits)
			q := parseAndCheck(imp, fixed)
			if q == nil {
				_, err := parser.ParseFile(token.NewFileSet(), fuzzFile, fixed, parser.AllErrors)
				t.Fatalf("fix %q of %q does not parse: %v\nfixed source:\n%s", fix.Message, d.Message, err, fixed)
			}
			if len(q.typeErrs) > 0 {
				t.Fatalf("fix %q of %q does not type-check: %v\nfixed source:\n%s", fix.Message, d.Message, q.typeErrs[0], fixed)
			}
			if formatted && !p.editsImports(fix.TextEdits) && !isFormatted(fixed) {
				formattedFix, _ := format.Source([]byte(fixed))
				t.Fatalf("fix %q of %q leaves gofmt-formatted code unformatted (gopls applies fixes as they are)\nfixed source:\n%s\ngofmt:\n%s", fix.Message, d.Message, fixed, formattedFix)
			}
			if w := p.writeBefore(fix.TextEdits); w != "" {
				t.Fatalf("fix %q of %q goes after the session write %s: the value would not reach the new session\nsource:\n%s\nfixed source:\n%s",
					fix.Message, d.Message, w, src, fixed)
			}
			key := handlerKey(d.Message)
			if key == "" {
				continue
			}
			again := q.run(t)
			if handlerCounts(again)[key] >= before[key] {
				t.Fatalf("fix %q of %q does not remove the finding; after the fix:\n%s\nsource:\n%s\nfixed source:\n%s",
					fix.Message, d.Message, describeAll(q.fset, again), src, fixed)
			}
		}
	}
}

// editsImports reports whether an edit is in the package clause or the
// imports. Where an import goes is left to the drivers, which format the
// imports after applying fixes.
func (p *fuzzPackage) editsImports(edits []analysis.TextEdit) bool {
	end := p.file.Name.End()
	for _, d := range p.file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			end = gd.End()
		}
	}
	for _, e := range edits {
		if e.Pos <= end {
			return true
		}
	}
	return false
}

// isFormatted reports whether src is as gofmt prints it.
func isFormatted(src string) bool {
	out, err := format.Source([]byte(src))
	return err == nil && string(out) == src
}

// checkDiagnostic checks that a diagnostic and its fixes stay inside the
// file, and that no two edits of a fix overlap.
func (p *fuzzPackage) checkDiagnostic(t *testing.T, d analysis.Diagnostic) {
	t.Helper()
	tf := p.tokenFile
	inFile := func(pos token.Pos) bool {
		return pos.IsValid() && tf.Base() <= int(pos) && int(pos) <= tf.Base()+tf.Size()
	}
	if !inFile(d.Pos) || d.End.IsValid() && (!inFile(d.End) || d.End < d.Pos) {
		t.Fatalf("diagnostic %q has range [%d, %d) outside the file [%d, %d]\nsource:\n%s", d.Message, d.Pos, d.End, tf.Base(), tf.Base()+tf.Size(), p.src)
	}
	messages := map[string]bool{}
	for _, fix := range d.SuggestedFixes {
		if messages[fix.Message] {
			t.Fatalf("diagnostic %q has two fixes %q", d.Message, fix.Message)
		}
		messages[fix.Message] = true
		if len(fix.TextEdits) == 0 {
			t.Fatalf("fix %q of %q has no edits", fix.Message, d.Message)
		}
		edits := sortedEdits(fix.TextEdits)
		for i, e := range edits {
			if !inFile(e.Pos) || !inFile(e.End) || e.End < e.Pos {
				t.Fatalf("fix %q of %q has an edit [%d, %d) outside the file [%d, %d]\nsource:\n%s", fix.Message, d.Message, e.Pos, e.End, tf.Base(), tf.Base()+tf.Size(), p.src)
			}
			if i > 0 && e.Pos < edits[i-1].End {
				t.Fatalf("fix %q of %q has overlapping edits [%d, %d) and [%d, %d)\nsource:\n%s", fix.Message, d.Message, edits[i-1].Pos, edits[i-1].End, e.Pos, e.End, p.src)
			}
		}
	}
}

// sortedEdits returns the edits sorted as drivers apply them: by position,
// insertions before replacements, otherwise in their order. A missing End
// means an insertion.
func sortedEdits(edits []analysis.TextEdit) []analysis.TextEdit {
	out := slices.Clone(edits)
	for i := range out {
		if !out[i].End.IsValid() {
			out[i].End = out[i].Pos
		}
	}
	slices.SortStableFunc(out, func(x, y analysis.TextEdit) int {
		return cmp.Or(cmp.Compare(x.Pos, y.Pos), cmp.Compare(x.End, y.End))
	})
	return out
}

// apply returns the source with the (checked) edits applied.
func (p *fuzzPackage) apply(edits []analysis.TextEdit) string {
	var b strings.Builder
	last := 0
	for _, e := range sortedEdits(edits) {
		start, end := p.tokenFile.Offset(e.Pos), p.tokenFile.Offset(e.End)
		b.WriteString(p.src[last:start])
		b.Write(e.NewText)
		last = end
	}
	b.WriteString(p.src[last:])
	return b.String()
}

// handlerKey returns the part of a finding's message that names the
// handler and why it is logout-like, or "" for other diagnostics.
func handlerKey(msg string) string {
	rest, ok := strings.CutPrefix(msg, "logout handler ")
	if !ok {
		return ""
	}
	key, _, ok := strings.Cut(rest, " leaves the session valid")
	if !ok {
		return ""
	}
	return key
}

func handlerCounts(diags []analysis.Diagnostic) map[string]int {
	m := map[string]int{}
	for _, d := range diags {
		if k := handlerKey(d.Message); k != "" {
			m[k]++
		}
	}
	return m
}

// describeAll renders diagnostics, with their fixes, for comparison.
func describeAll(fset *token.FileSet, diags []analysis.Diagnostic) string {
	var b bytes.Buffer
	for _, d := range diags {
		fmt.Fprintf(&b, "%v-%v [%s] %s %s\n", fset.Position(d.Pos), fset.Position(d.End), d.Category, d.Message, d.URL)
		for _, fix := range d.SuggestedFixes {
			fmt.Fprintf(&b, "\tfix %s\n", fix.Message)
			for _, e := range fix.TextEdits {
				fmt.Fprintf(&b, "\t\t%v-%v %q\n", fset.Position(e.Pos), fset.Position(e.End), e.NewText)
			}
		}
	}
	return b.String()
}

// sessionWriteMethods are the methods of the session libraries that store
// a value for the next request (a flash message, a marker).
var sessionWriteMethods = map[string]bool{"Put": true, "Set": true, "AddFlash": true}

// sessionPackages are the session libraries whose writes writeBefore
// looks for.
var sessionPackages = []string{
	"github.com/alexedwards/scs/v2",
	"github.com/gorilla/sessions",
	"github.com/gin-contrib/sessions",
	"github.com/gofiber/fiber/v2/middleware/session",
	"github.com/gofiber/fiber/v3/middleware/session",
}

// writeBefore returns a session write (Put, Set, AddFlash, Values[k] = v)
// in a top-level statement of the function body the fix inserts into that
// comes before the insertion, or "" if there is none: a fix must go before
// the values the handler keeps for the next request.
func (p *fuzzPackage) writeBefore(edits []analysis.TextEdit) string {
	pos := edits[len(edits)-1].Pos // the import edit, if any, comes first
	var body *ast.BlockStmt
	ast.Inspect(p.file, func(n ast.Node) bool {
		var b *ast.BlockStmt
		switch fn := n.(type) {
		case *ast.FuncDecl:
			b = fn.Body
		case *ast.FuncLit:
			b = fn.Body
		}
		if b != nil && b.Lbrace < pos && pos <= b.Rbrace {
			body = b // the innermost, as Inspect goes down
		}
		return true
	})
	if body == nil {
		return ""
	}
	fromSession := func(e ast.Expr) bool {
		t := p.info.TypeOf(e)
		if t == nil {
			return false
		}
		if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
			t = ptr.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		return ok && n.Obj().Pkg() != nil && slices.Contains(sessionPackages, n.Obj().Pkg().Path())
	}
	for _, stmt := range body.List {
		if stmt.End() > pos {
			break
		}
		found := ""
		ast.Inspect(stmt, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sessionWriteMethods[sel.Sel.Name] && fromSession(sel.X) {
					found = types.ExprString(n)
				}
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					if ix, ok := lhs.(*ast.IndexExpr); ok {
						if sel, ok := ix.X.(*ast.SelectorExpr); ok && sel.Sel.Name == "Values" && fromSession(sel.X) {
							found = types.ExprString(lhs)
						}
					}
				}
			}
			return found == ""
		})
		if found != "" {
			return found
		}
	}
	return ""
}

// bodyAt returns the body of the function declared or written at pos.
func (p *fuzzPackage) bodyAt(pos token.Pos) *ast.BlockStmt {
	var body *ast.BlockStmt
	ast.Inspect(p.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Pos() <= pos && pos < n.End() && n.Body != nil {
				body = n.Body
			}
		case *ast.FuncLit:
			if n.Pos() <= pos && pos < n.End() {
				body = n.Body
			}
		}
		return true
	})
	return body
}

// callsUnresolved reports whether body makes a call whose function has
// no valid type.
func (p *fuzzPackage) callsUnresolved(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			t := p.info.TypeOf(call.Fun)
			if b, isBasic := t.(*types.Basic); t == nil || isBasic && b.Kind() == types.Invalid {
				found = true
			}
		}
		return !found
	})
	return found
}
