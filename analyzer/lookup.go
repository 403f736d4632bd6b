package analyzer

import (
	"go/types"
	"strings"
)

// A funcIndex is a table of functions keyed by full name, as
// types.Func.FullName spells it ("net/http.Error",
// "(*github.com/gin-gonic/gin.Context).AbortWithError"). Lookups go by
// package, receiver type name and function name, so that looking up a
// function builds no string: analysis code looks up nearly every call it
// meets, and nearly all miss.
type funcIndex[T any] map[funcKey]T

// A funcKey identifies a function or method: its package path, the name
// of its receiver's type (empty for functions), and its name. Pointer and
// value receivers share a key: a type cannot have both methods.
type funcKey struct{ pkg, recv, name string }

func indexFuncs[T any](byName map[string]T) funcIndex[T] {
	ix := funcIndex[T]{}
	for full, v := range byName {
		ix[parseFuncKey(full)] = v
	}
	return ix
}

// parseFuncKey splits a full name into its key.
func parseFuncKey(full string) funcKey {
	if rest, ok := strings.CutPrefix(full, "("); ok {
		recv, name, _ := strings.Cut(rest, ").")
		pkg, typ, _ := cutLastDot(strings.TrimPrefix(recv, "*"))
		return funcKey{pkg, typ, name}
	}
	pkg, name, _ := cutLastDot(full)
	return funcKey{pkg: pkg, name: name}
}

// keyOf returns fn's key, with its package path in canonical form (see
// canonicalPath), or false for a function with no package (the
// universe's error.Error) or a receiver of no named type.
func keyOf(fn *types.Func) (funcKey, bool) {
	if fn.Pkg() == nil {
		return funcKey{}, false
	}
	k := funcKey{pkg: pkgPath(fn.Pkg()), name: fn.Name()}
	if r := fn.Signature().Recv(); r != nil {
		n := namedOf(r.Type())
		if n == nil {
			return funcKey{}, false
		}
		k.recv = n.Origin().Obj().Name()
	}
	return k, true
}

// has reports whether fn is in the table.
func (ix funcIndex[T]) has(fn *types.Func) bool {
	_, ok := ix.of(fn)
	return ok
}

// of returns fn's entry in the table.
func (ix funcIndex[T]) of(fn *types.Func) (T, bool) {
	k, ok := keyOf(fn)
	if !ok {
		var zero T
		return zero, false
	}
	v, ok := ix[k]
	return v, ok
}

var (
	apiIndex = func() funcIndex[api] {
		m := make(map[string]api, len(sessionAPIs))
		for _, a := range sessionAPIs {
			m[a.name] = a
		}
		return indexFuncs(m)
	}()
	routeIndex = func() funcIndex[routeAPI] {
		ix := funcIndex[routeAPI]{}
		for _, r := range routeAPIs {
			recvs := r.recv
			if recvs == nil {
				recvs = []string{""}
			}
			for _, recv := range recvs {
				for _, meth := range r.methods {
					ix[funcKey{r.pkg, recv, meth}] = r
				}
			}
		}
		return ix
	}()
	storeConstructorIndex = indexFuncs(storeConstructors)
	errorResponderIndex   = indexFuncs(errorResponders)
	errorConstructorIndex = indexFuncs(errorConstructors)
	requestMethodIndex    = indexFuncs(requestMethodCalls)
	exitFuncIndex         = indexFuncs(exitFuncs)
)
