package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"path"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// routeKey identifies a route API method: package, receiver type, method.
type routeKey struct{ pkg, recv, method string }

// routeIndex indexes routeAPIs.
var routeIndex = func() map[routeKey]routeAPI {
	m := map[routeKey]routeAPI{}
	for _, r := range routeAPIs {
		recvs := r.recv
		if recvs == nil {
			recvs = []string{""}
		}
		for _, recv := range recvs {
			for _, meth := range r.methods {
				m[routeKey{r.pkg, recv, meth}] = r
			}
		}
	}
	return m
}()

// routeOf returns the route API that call invokes, if any.
func (a *pkgAnalysis) routeOf(call *ast.CallExpr) (routeAPI, bool) {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return routeAPI{}, false
	}
	recv := ""
	if r := fn.Signature().Recv(); r != nil {
		n := namedOf(r.Type())
		if n == nil {
			return routeAPI{}, false
		}
		recv = n.Origin().Obj().Name()
	}
	r, ok := routeIndex[routeKey{fn.Pkg().Path(), recv, fn.Name()}]
	return r, ok
}

// findRoutes adds to cs every handler registered on a logout-like route.
// Group and sub-router prefixes are followed through variables and
// func(router) callbacks.
func (a *pkgAnalysis) findRoutes(cs *candidates) {
	prefixes := map[types.Object]string{}
	var prefixOf func(e ast.Expr) string
	prefixOf = func(e ast.Expr) string {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return prefixes[a.pass.TypesInfo.Uses[e]]
		case *ast.SelectorExpr:
			return prefixes[a.pass.TypesInfo.Uses[e.Sel]]
		case *ast.CallExpr:
			r, ok := a.routeOf(e)
			if !ok || r.handler >= 0 {
				return ""
			}
			sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok {
				return ""
			}
			p := prefixOf(sel.X)
			if r.path >= 0 && r.path < len(e.Args) {
				s, _ := a.stringConst(e.Args[r.path])
				p = joinPath(p, s)
			}
			return p
		}
		return ""
	}
	for cur := range a.inspect.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, rhs := range n.Rhs {
				if p := prefixOf(rhs); p != "" {
					if obj := a.objOf(n.Lhs[i]); obj != nil {
						prefixes[obj] = p
					}
				}
			}
		case *ast.ValueSpec:
			for i, v := range n.Values {
				if i < len(n.Names) {
					if p := prefixOf(v); p != "" {
						prefixes[a.pass.TypesInfo.Defs[n.Names[i]]] = p
					}
				}
			}
		case *ast.CallExpr:
			r, ok := a.routeOf(n)
			if !ok {
				continue
			}
			sel, _ := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			base := ""
			if sel != nil {
				base = prefixOf(sel.X)
			}
			if r.handler < 0 {
				// a group with a callback: its router parameter gets the prefix
				if r.group >= 0 && r.group < len(n.Args) && r.path < len(n.Args) {
					if lit, ok := ast.Unparen(n.Args[r.group]).(*ast.FuncLit); ok && lit.Type.Params.NumFields() > 0 {
						s, _ := a.stringConst(n.Args[r.path])
						if names := lit.Type.Params.List[0].Names; len(names) > 0 {
							prefixes[a.pass.TypesInfo.Defs[names[0]]] = joinPath(base, s)
						}
					}
				}
				continue
			}
			a.route(cs, n, r, base)
		}
	}
}

// route handles one registration call.
func (a *pkgAnalysis) route(cs *candidates, call *ast.CallExpr, r routeAPI, base string) {
	if r.path >= len(call.Args) || r.handler >= len(call.Args) {
		return
	}
	var pattern string
	if r.path >= 0 {
		s, ok := a.stringConst(call.Args[r.path])
		if !ok {
			return // a computed path: nothing to match
		}
		pattern = s
	} else {
		pattern = a.chainPath(call)
	}
	method, p := splitPattern(pattern)
	full := joinPath(base, p)
	phrase := a.matchPath(full)
	if phrase == "" {
		return
	}
	shown := full
	if method != "" {
		shown = method + " " + full
	}
	h := call.Args[r.handler]
	if r.last {
		h = call.Args[len(call.Args)-1]
	}
	for _, node := range a.resolveHandler(h, 0) {
		label := ""
		if d, ok := node.(*ast.FuncDecl); ok {
			label = d.Name.Name
		}
		cs.add(node, label, fmt.Sprintf("registered on route %q", shown))
	}
}

// chainPath finds the path of a gorilla/mux route built by chaining:
// r.Path("/logout").Methods("POST").HandlerFunc(h).
func (a *pkgAnalysis) chainPath(call *ast.CallExpr) string {
	for e := ast.Expr(call); ; {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return ""
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return ""
		}
		if c != call && (sel.Sel.Name == "Path" || sel.Sel.Name == "PathPrefix") && len(c.Args) == 1 {
			s, _ := a.stringConst(c.Args[0])
			return s
		}
		e = sel.X
	}
}

// splitPattern splits a Go 1.22 ServeMux pattern "POST host/path" into
// its method and path; other routers' paths come back unchanged.
func splitPattern(pattern string) (method, p string) {
	pattern = strings.TrimSpace(pattern)
	if m, rest, ok := strings.Cut(pattern, " "); ok && !strings.Contains(m, "/") {
		method, pattern = m, strings.TrimSpace(rest)
	}
	if i := strings.Index(pattern, "/"); i > 0 {
		pattern = pattern[i:] // drop a host
	}
	return method, pattern
}

func joinPath(prefix, p string) string {
	if prefix == "" {
		return p
	}
	if p == "" {
		return prefix
	}
	j := path.Join(prefix, p)
	if strings.HasSuffix(p, "/") && !strings.HasSuffix(j, "/") {
		j += "/"
	}
	return j
}

// resolveHandler returns the handler functions of this package that an
// expression passed as a handler stands for: a literal, a declared
// function or method value, a variable holding a literal, a factory call,
// a conversion, a value of a type with a ServeHTTP method, or a middleware
// call wrapping any of these.
func (a *pkgAnalysis) resolveHandler(e ast.Expr, depth int) []ast.Node {
	if depth > 4 || e == nil {
		return nil
	}
	info := a.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		if a.isHandlerExpr(e) {
			return []ast.Node{e}
		}
		return nil
	case *ast.UnaryExpr:
		return a.resolveHandler(e.X, depth+1)
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := a.objOf(e).(type) {
		case *types.Func:
			if d := a.funcDecls[obj.Origin()]; d != nil && isHandlerSig(obj.Signature()) {
				return []ast.Node{d}
			}
			return nil
		case *types.Var:
			if lit := a.varLits[obj]; lit != nil {
				return []ast.Node{lit}
			}
		}
	case *ast.CallExpr:
		if a.isConversion(e) && len(e.Args) == 1 {
			if out := a.resolveHandler(e.Args[0], depth+1); out != nil {
				return out
			}
			break
		}
		if fn := typeutil.StaticCallee(info, e); fn != nil {
			if d := a.funcDecls[fn.Origin()]; d != nil && d.Body != nil {
				if out := a.returnedHandlers(d, depth); out != nil {
					return out // a factory
				}
			}
		}
		// a middleware call: the handler is among its arguments
		var out []ast.Node
		for _, arg := range e.Args {
			out = append(out, a.resolveHandler(arg, depth+1)...)
		}
		if out != nil {
			return out
		}
	}
	// a value whose type has a ServeHTTP method declared here
	if t := info.TypeOf(e); t != nil {
		if fn := serveHTTP(t); fn != nil {
			if d := a.funcDecls[fn.Origin()]; d != nil {
				return []ast.Node{d}
			}
		}
	}
	return nil
}

// objOf returns the object an identifier or selector refers to.
func (a *pkgAnalysis) objOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := a.pass.TypesInfo.Uses[e]; obj != nil {
			return obj
		}
		return a.pass.TypesInfo.Defs[e]
	case *ast.SelectorExpr:
		return a.pass.TypesInfo.Uses[e.Sel]
	}
	return nil
}

// stringConst returns the value of a constant string expression.
func (a *pkgAnalysis) stringConst(e ast.Expr) (string, bool) {
	tv, ok := a.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
