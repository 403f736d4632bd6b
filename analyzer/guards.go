package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A logout handler often first checks that there is something to log out:
// a session that exists, a signed-in key in it, a session that belongs to
// the requester. The branch where there is none is not a successful
// logout that leaks: an anonymous session holds no privilege. This file
// recognises such conditions from what they read of the session.

// sessionTest reports whether e tests for the session (see sessionTests
// and sessionTestFields), and whether true means it is there.
func (a *pkgAnalysis) sessionTest(e ast.Expr) (present, ok bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if fn, isFn := typeutil.Callee(a.pass.TypesInfo, e).(*types.Func); isFn {
			present, ok = sessionTestIndex.of(fn)
		}
	case *ast.SelectorExpr:
		if v, isVar := a.pass.TypesInfo.Uses[e.Sel].(*types.Var); isVar && v.IsField() {
			for t, fields := range sessionTestFields {
				if p, found := fields[v.Name()]; found && a.isOneOf(a.pass.TypesInfo.TypeOf(e.X), []typeName{t}) {
					return p, true
				}
			}
		}
	}
	return present, ok
}

// readsSession reports whether e is a value read from the current
// session: the result of a method of a session type (see sessionTypes), a
// field of one or an element of its Values, possibly converted or
// asserted, or a local variable assigned from such a value.
func (a *pkgAnalysis) readsSession(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.TypeAssertExpr:
		return a.readsSession(e.X)
	case *ast.CallExpr:
		if tv, ok := a.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return a.readsSession(e.Args[0]) // a conversion
		}
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		fn, ok := typeutil.Callee(a.pass.TypesInfo, e).(*types.Func)
		if !ok || fn.Signature().Recv() == nil || fn.Signature().Results().Len() == 0 {
			return false
		}
		if _, isRow := apiIndex.of(fn); isRow {
			return false // an operation on the session, not a read
		}
		return a.isOneOf(a.pass.TypesInfo.TypeOf(sel.X), sessionTypes)
	case *ast.IndexExpr:
		return a.isValuesField(e.X)
	case *ast.SelectorExpr:
		v, ok := a.pass.TypesInfo.Uses[e.Sel].(*types.Var)
		return ok && v.IsField() && a.isOneOf(a.pass.TypesInfo.TypeOf(e.X), sessionTypes)
	case *ast.Ident:
		return a.sessionVars()[a.pass.TypesInfo.Uses[e]]
	}
	return false
}

// sessionVars returns the local variables of the package that are
// assigned a value read from the session (uid, ok := sess.Get("uid").(string)),
// computed once.
func (a *pkgAnalysis) sessionVars() map[types.Object]bool {
	if a.sessVars == nil {
		a.sessVars = map[types.Object]bool{}
		if importsAny(a.pass.Pkg, sessionTypePackages) {
			a.deriveVars(a.sessVars, false, a.readsSession)
		}
	}
	return a.sessVars
}

// isOneOf reports whether t is one of the named types, or a pointer to one.
func (a *pkgAnalysis) isOneOf(t types.Type, names []typeName) bool {
	if t == nil {
		return false
	}
	for _, tn := range names {
		if isType(t, tn, false) || isType(t, tn, true) {
			return true
		}
	}
	return false
}

// isValuesField reports whether e is the Values map of a session.
func (a *pkgAnalysis) isValuesField(e ast.Expr) bool {
	return a.valuesFieldLib(e) != nil
}
