package analyzer

import (
	"go/importer"
	"go/types"
	"testing"
)

// TestFuncKeys checks that a table key parsed from a full name equals the
// key of the function it names, for functions, pointer and value methods.
func TestFuncKeys(t *testing.T) {
	pkg, err := importer.Default().Import("net/http")
	if err != nil {
		t.Fatal(err)
	}
	lookup := func(typ, name string) *types.Func {
		if typ == "" {
			return pkg.Scope().Lookup(name).(*types.Func)
		}
		obj, _, _ := types.LookupFieldOrMethod(pkg.Scope().Lookup(typ).Type(), true, pkg, name)
		return obj.(*types.Func)
	}
	for _, fn := range []*types.Func{
		lookup("", "Error"),               // net/http.Error
		lookup("Request", "Context"),      // (*net/http.Request).Context
		lookup("Header", "Get"),           // (net/http.Header).Get
		lookup("ResponseWriter", "Write"), // (net/http.ResponseWriter).Write
	} {
		got, ok := keyOf(fn)
		if want := parseFuncKey(fn.FullName()); !ok || got != want {
			t.Errorf("%s: keyOf = %v, %v; parsed from the full name: %v", fn.FullName(), got, ok, want)
		}
		if _, ok := indexFuncs(map[string]bool{fn.FullName(): true}).of(fn); !ok {
			t.Errorf("%s: not found in an index of its own name", fn.FullName())
		}
	}
	if _, ok := errorResponderIndex.of(lookup("", "Redirect")); ok {
		t.Error("net/http.Redirect found among the error responders")
	}
}
