package analyzer

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/logoutcheck/logoutcheck/analyzer/knowledge"
)

// shapeSources are a framework whose handlers are generic (any struct in,
// any struct out), an app that imports it, and a package that does not.
var shapeSources = []struct{ path, src string }{
	{"example.com/fw", `package fw

import "context"

type API interface{ Name() string }

type Operation struct{ Method, Path string }

func Register[I, O any](api API, op Operation, h func(context.Context, *I) (*O, error)) {}

type StatusError interface {
	error
	GetStatus() int
}

var NewError = func(status int, msg string) StatusError { return nil }
`},
	{"example.com/app", `package app

import (
	"context"

	"example.com/fw"
)

type In struct {
	Session string ` + "`cookie:\"sid\"`" + `
	Auth    string ` + "`header:\"Authorization\"`" + `
	Accept  string ` + "`header:\"Accept\"`" + `
	Theme   string ` + "`query:\"theme\"`" + `
}

type Wrapped struct{ In }

type Out struct{ Body string }

func Logout(ctx context.Context, in *In) (*Out, error)                { return nil, fw.NewError(401, "") }
func Anonymous(ctx context.Context, in *struct{}) (*struct{}, error) { return nil, nil }
func NoError(ctx context.Context, in *In) (*Out, bool)               { return nil, false }
func NotStruct(ctx context.Context, in *string) (*Out, error)        { return nil, nil }
func NoContext(in *In) (*Out, error)                                  { return nil, nil }

func reads(in *In, w *Wrapped) []string {
	newError := fw.NewError
	_ = newError
	return []string{in.Session, in.Auth, in.Accept, in.Theme, w.Session, w.In.Auth}
}
`},
	{"example.com/svc", `package svc

import "context"

type In struct{ ID string }
type Out struct{}

func Logout(ctx context.Context, in *In) (*Out, error) { return nil, nil }
`},
}

// checkShapeSources type-checks shapeSources, with their selections.
func checkShapeSources(t *testing.T) (map[string]*types.Package, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	pkgs := map[string]*types.Package{}
	info := &types.Info{Selections: map[*ast.SelectorExpr]*types.Selection{}, Uses: map[*ast.Ident]types.Object{}}
	std := importer.Default()
	imp := importerFunc(func(path string) (*types.Package, error) {
		if p, ok := pkgs[path]; ok {
			return p, nil
		}
		return std.Import(path)
	})
	for _, s := range shapeSources {
		f, err := parser.ParseFile(fset, s.path+".go", s.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		conf := types.Config{Importer: imp}
		pkg, err := conf.Check(s.path, fset, []*ast.File{f}, info)
		if err != nil {
			t.Fatal(err)
		}
		pkgs[s.path] = pkg
	}
	return pkgs, info
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// TestGenericShapes checks that a shape of struct parameters and results
// makes handlers of the functions of its signature only in packages that
// import its framework.
func TestGenericShapes(t *testing.T) {
	t.Parallel()
	pkgs, _ := checkShapeSources(t)
	shape := handlerShape{
		Framework: "fw",
		Params:    []paramType{{AnyStruct: true, Pointer: true}},
		Also:      []paramType{{TypeName: typeName{Pkg: "context", Name: "Context"}}},
		Results:   []paramType{{AnyStruct: true, Pointer: true}, knowledge.ErrorResult},
		Pkg:       "example.com/fw",
	}
	for _, tc := range []struct {
		pkg, fn string
		want    bool
	}{
		{"example.com/app", "Logout", true},
		{"example.com/app", "Anonymous", true},
		{"example.com/app", "NoError", false},   // not the results of the shape
		{"example.com/app", "NotStruct", false}, // its input is no struct
		{"example.com/app", "NoContext", false}, // no context.Context
		{"example.com/svc", "Logout", false},    // its package does not import the framework
	} {
		pkg := pkgs[tc.pkg]
		fn := pkg.Scope().Lookup(tc.fn).(*types.Func)
		if got := hasShapeParams(fn.Signature(), shape) && shapeApplies(shape, pkg); got != tc.want {
			t.Errorf("%s.%s: a handler of the generic shape = %v, want %v", tc.pkg, tc.fn, got, tc.want)
		}
	}
}

// TestFieldTags checks the tags read for the fields a framework fills
// from the request, embedded fields included.
func TestFieldTags(t *testing.T) {
	t.Parallel()
	_, info := checkShapeSources(t)
	want := map[string]string{ // selection: cookie tag, or header tag
		"in.Session":  `sid`,
		"in.Auth":     `Authorization`,
		"in.Accept":   `Accept`,
		"in.Theme":    ``,
		"w.Session":   `sid`,
		"w.In.Auth":   `Authorization`,
		"fw.NewError": ``,
	}
	seen := 0
	for sel, s := range info.Selections {
		name := types.ExprString(sel)
		w, ok := want[name]
		if !ok {
			continue
		}
		seen++
		tag, ok := fieldTag(s)
		if !ok {
			t.Errorf("%s: no field tag", name)
			continue
		}
		got, _ := tag.Lookup("cookie")
		if got == "" {
			got, _ = tag.Lookup("header")
		}
		if got != w {
			t.Errorf("%s: tag names %q, want %q", name, got, w)
		}
	}
	if seen != 6 { // fw.NewError is a qualified identifier, no selection
		t.Errorf("saw %d of the 6 field selections", seen)
	}
}

// TestVarIndex checks that a table names a package-level function
// variable as it names a function, and no local variable.
func TestVarIndex(t *testing.T) {
	t.Parallel()
	pkgs, info := checkShapeSources(t)
	// the local variable is indexed by the name it would have at package level
	ix := indexFuncs(map[string]bool{"example.com/fw.NewError": true, "example.com/app.newError": true})
	if v := pkgs["example.com/fw"].Scope().Lookup("NewError").(*types.Var); !ix.hasVar(v) {
		t.Error("example.com/fw.NewError: not found in an index of its name")
	}
	for id, obj := range info.Uses {
		if v, ok := obj.(*types.Var); ok && id.Name == "newError" && ix.hasVar(v) {
			t.Error("the local variable newError found in the index")
		}
	}
}
