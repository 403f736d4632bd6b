package analyzer

import (
	"go/ast"
	"go/types"
)

// A package with type errors (a missing generated file, a dependency the
// module proxy does not serve) is analysed all the same: most of its code
// type-checks. What does not is never the ground of a finding. A handler
// whose body calls something unresolved is not reported, since the call
// may be the invalidation, and a helper that does is taken to invalidate
// the session, for the same reason. Broken packages get no suggested
// fixes.

// hasUnresolved reports whether body, function literals included, makes
// a call whose function has no valid type.
func (a *pkgAnalysis) hasUnresolved(body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			found = !isValid(a.pass.TypesInfo.TypeOf(call.Fun))
		}
		return !found
	})
	return found
}

// isValid reports whether t is a type the checker could determine.
func isValid(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.(*types.Basic)
	return !ok || b.Kind() != types.Invalid
}
