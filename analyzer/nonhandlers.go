package analyzer

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/logoutcheck/logoutcheck/analyzer/knowledge"
)

// A handler is what a router registers, or what may be registered: a
// function with handler parameters that the package only ever calls is
// a helper of the handlers that call it (backendLogout(w, r) inside
// SignOut), and its effects count in them through its summary. This
// file decides which candidates found by name are such helpers.

// funcUses counts, for each function declared in the package, the uses
// of it that call it (from other functions) and the uses that take it as a value (a route
// registration, a method value, an argument). Uses in test files do not
// count: the package and its test variant judge the same handlers.
type funcUses struct {
	calls, values map[*types.Func]int
}

func (a *pkgAnalysis) countFuncUses() funcUses {
	u := funcUses{calls: map[*types.Func]int{}, values: map[*types.Func]int{}}
	called := map[*ast.Ident]bool{}
	for cur := range a.inspect.Root().Preorder((*ast.CallExpr)(nil)) {
		switch f := ast.Unparen(cur.Node().(*ast.CallExpr).Fun).(type) {
		case *ast.Ident:
			called[f] = true
		case *ast.SelectorExpr:
			called[f.Sel] = true
		case *ast.IndexExpr: // a generic function instantiated explicitly
			if id, ok := f.X.(*ast.Ident); ok {
				called[id] = true
			}
		}
	}
	for id, obj := range a.pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || a.funcDecls[fn.Origin()] == nil {
			continue
		}
		if a.isTestFile(id.Pos()) {
			continue // a test calling a handler does not make it a helper
		}
		if d := a.funcDecls[fn.Origin()]; called[id] && d.Pos() <= id.Pos() && id.Pos() < d.End() {
			continue // a recursive call: not a caller of its own
		}
		if called[id] {
			u.calls[fn.Origin()]++
		} else {
			u.values[fn.Origin()]++
		}
	}
	return u
}

// isHelper reports whether a candidate found by its name only is a
// helper of other handlers rather than a handler:
//   - an unexported function that the package calls and never takes as
//     a value: nothing can register it (logoutOIDCUser(w, r), called by
//     the logout handlers), unless it has exactly a handler's parameters
//     and an error result: the handler of an adapter that answers with
//     that error (a route closure calling signOut(w, r) error);
//   - a method of a service-layer type (one matching -service-types:
//     AuthService, AuthClient, SessionStore), other than an RPC
//     service's (see knowledge.HandlerShape.ServiceMethods), that takes the
//     framework's context as the app's services do:
//     (*AuthService).LogOut(c *gin.Context) error is called by the
//     handler that is registered, and its effects count there through
//     its summary;
//   - a function with more than a handler's parameters, so not
//     registrable as it is, that neither answers the request nor touches
//     the session or its cookie (an audit logger AuditLogout(c, user)).
func (a *pkgAnalysis) isHelper(h *candidate) bool {
	d, ok := h.node.(*ast.FuncDecl)
	if !ok || h.routed || d.Body == nil {
		return false
	}
	fn, ok := a.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if !ok {
		return false
	}
	if a.uses == nil {
		u := a.countFuncUses()
		a.uses = &u
	}
	sig := fn.Signature()
	if a.isServiceMethod(fn) {
		return true
	}
	if returnsError(sig) && isExactHandlerSig(sig, a.pass.Pkg) {
		return false // an adapter's handler, which answers with its error (func(w, r) error)
	}
	if !fn.Exported() && a.uses.calls[fn] > 0 && a.uses.values[fn] == 0 {
		return true
	}
	if isExactHandlerSig(sig, a.pass.Pkg) {
		return false
	}
	f := a.paths(d.Body)
	touches := f.AnyKill || f.StoreMatters
	f.Exits.each(func(s state) { touches = touches || s != 0 })
	return !touches && !a.answers(d.Body)
}

// isServiceMethod reports whether fn is a method of a service-layer
// type, by the type's name (see Config.ServiceTypes).
func (a *pkgAnalysis) isServiceMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil || a.settings.serviceTypes == nil {
		return false
	}
	for _, shape := range handlerShapes {
		if shape.ServiceMethods && hasShapeParams(fn.Signature(), shape) {
			return false // an RPC service's method is its handler
		}
	}
	n := namedOf(recv.Type())
	return n != nil && a.settings.serviceTypes.MatchString(n.Obj().Name())
}

// returnsError reports whether a signature has an error result.
func returnsError(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		if types.Identical(v.Type(), errorType) || types.Identical(v.Type().Underlying(), errorType) {
			return true
		}
	}
	return false
}

// answers reports whether a body writes (part of) the response: a
// net/http response function, a response method of a framework context,
// any method of the ResponseWriter, or a call given the writer or the
// context, which may answer for it.
func (a *pkgAnalysis) answers(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found || !ok {
			return !found
		}
		fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			return true
		}
		if responseFuncIndex.has(fn) {
			found = true
		}
		if recv := fn.Signature().Recv(); recv != nil && isHandlerParam(recv.Type()) {
			for _, p := range responseMethodPrefixes[pkgPath(fn.Pkg())] {
				found = found || strings.HasPrefix(fn.Name(), p)
			}
		}
		for _, arg := range call.Args {
			if t := a.pass.TypesInfo.TypeOf(arg); t != nil && isHandlerParam(t) && !isRequestParam(t) {
				found = true
			}
		}
		return !found
	})
	return found
}

// isRequestParam reports whether t is a handler parameter type of the
// request role (*http.Request): given one, a call cannot answer.
func isRequestParam(t types.Type) bool {
	for _, shape := range handlerShapes {
		for _, p := range shape.Params {
			if p.Role == knowledge.Request && isType(t, p.TypeName, p.Pointer) {
				return true
			}
		}
	}
	return false
}
