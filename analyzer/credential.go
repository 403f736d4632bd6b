package analyzer

import (
	"go/ast"
	"go/types"
	"reflect"
	"regexp"

	"golang.org/x/tools/go/types/typeutil"
)

// When a logout hands the request's credential to code the analyzer
// cannot follow — sends it on a channel to the goroutine that owns the
// sessions, or passes it to a function value — that code may well revoke
// it. Precision first: such a hand-off counts as invalidation, so the
// handler is not reported. This file recognises values that carry the
// credential (see credentialSources).

// credentialHeader matches the names of headers that carry a credential.
var credentialHeader = regexp.MustCompile(`(?i)authorization|token|session|auth|jwt|cookie`)

// carriesCredential reports whether e holds or is computed from the
// request's credential: a cookie, a credential header, the session ID, or
// a local variable assigned from one of them.
func (a *pkgAnalysis) carriesCredential(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			obj := a.pass.TypesInfo.Uses[n]
			found = a.credentialVars()[obj] || a.paramCred[obj]
		case *ast.SelectorExpr:
			if v, ok := a.pass.TypesInfo.Uses[n.Sel].(*types.Var); ok && v.IsField() {
				for t, name := range credentialFields {
					if v.Name() == name && a.isOneOf(a.pass.TypesInfo.TypeOf(n.X), []typeName{t}) {
						found = true
					}
				}
				found = found || a.credentialTagged(n)
			}
		case *ast.CallExpr:
			found = a.isCredentialRead(n) || a.returnsCredential(n)
		}
		return !found
	})
	return found
}

// credentialTagged reports whether a field selection reads a field that
// the framework fills from the request's cookies, or from a header whose
// name says it carries a credential (`cookie:"sid"`,
// `header:"Authorization"`).
func (a *pkgAnalysis) credentialTagged(sel *ast.SelectorExpr) bool {
	if len(credentialTags) == 0 && len(credentialHeaderTags) == 0 {
		return false
	}
	tag, ok := fieldTag(a.pass.TypesInfo.Selections[sel])
	if !ok {
		return false
	}
	for key := range credentialTags {
		if _, ok := tag.Lookup(key); ok {
			return true
		}
	}
	for key := range credentialHeaderTags {
		if name, ok := tag.Lookup(key); ok && credentialHeader.MatchString(name) {
			return true
		}
	}
	return false
}

// fieldTag returns the struct tag of the field a selection selects,
// following embedded fields.
func fieldTag(s *types.Selection) (reflect.StructTag, bool) {
	if s == nil || s.Kind() != types.FieldVal {
		return "", false
	}
	t := s.Recv()
	path := s.Index()
	for i, idx := range path {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || idx >= st.NumFields() {
			return "", false
		}
		if i == len(path)-1 {
			return reflect.StructTag(st.Tag(idx)), true
		}
		t = st.Field(idx).Type()
	}
	return "", false
}

// isCredentialRead reports whether call reads the credential.
func (a *pkgAnalysis) isCredentialRead(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return false
	}
	if credentialSourceIndex.has(fn) {
		return true
	}
	if credentialHeaderIndex.has(fn) && len(call.Args) > 0 {
		name, ok := a.stringConst(call.Args[0])
		return ok && credentialHeader.MatchString(name)
	}
	return false
}

// credentialVars returns the local variables of the package assigned a
// value that carries the credential, computed once, in source order, so
// that a variable computed from another counts too
// (c, _ := r.Cookie("sid"); token := c.Value; for _, c := range r.Cookies()).
func (a *pkgAnalysis) credentialVars() map[types.Object]bool {
	if a.credVars == nil {
		// a variable assigned the result of a function that returns the
		// credential holds it, and makes more functions return it: until
		// no function is added
		a.credFuncs = map[*types.Func]bool{}
		for {
			a.credVars = map[types.Object]bool{}
			a.deriveVars(a.credVars, true, a.carriesCredential)
			if !a.findCredentialFuncs() {
				break
			}
		}
	}
	return a.credVars
}

// deriveVars adds to vars the local variables of the package assigned a
// value for which from holds (the first variable of v, ok := x and v,
// err := f()), in source order, and with ranges the value variable of a
// range over such a value.
func (a *pkgAnalysis) deriveVars(vars map[types.Object]bool, ranges bool, from func(ast.Expr) bool) {
	visit := a.deriveVisitor(vars, ranges, from)
	for cur := range a.inspect.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil)) {
		visit(cur.Node())
	}
}

// deriveVarsIn is deriveVars for the variables of one body.
func (a *pkgAnalysis) deriveVarsIn(body *ast.BlockStmt, vars map[types.Object]bool, ranges bool, from func(ast.Expr) bool) {
	visit := a.deriveVisitor(vars, ranges, from)
	ast.Inspect(body, func(n ast.Node) bool {
		visit(n)
		return true
	})
}

// deriveVisitor returns the step of deriveVars for one node.
func (a *pkgAnalysis) deriveVisitor(vars map[types.Object]bool, ranges bool, from func(ast.Expr) bool) func(ast.Node) {
	mark := func(lhs, rhs ast.Expr) {
		if id, ok := lhs.(*ast.Ident); ok && id.Name != "_" {
			if obj := a.objOf(id); obj != nil && obj.Parent() != a.pass.Pkg.Scope() && !vars[obj] && from(rhs) {
				vars[obj] = true
			}
		}
	}
	return func(n ast.Node) {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if ranges && n.Value != nil {
				mark(n.Value, n.X)
			}
		case *ast.AssignStmt:
			switch {
			case len(n.Lhs) == len(n.Rhs):
				for i := range n.Lhs {
					mark(n.Lhs[i], n.Rhs[i])
				}
			case len(n.Rhs) == 1:
				mark(n.Lhs[0], n.Rhs[0])
			}
		case *ast.ValueSpec:
			switch {
			case len(n.Names) == len(n.Values):
				for i := range n.Names {
					mark(n.Names[i], n.Values[i])
				}
			case len(n.Values) == 1:
				mark(n.Names[0], n.Values[0])
			}
		}
	}
}

// handsOffCredential reports whether call passes the credential to a
// function value: a variable, field or result of type func, whose code
// the analyzer does not see.
func (a *pkgAnalysis) handsOffCredential(call *ast.CallExpr, callee types.Object) bool {
	switch callee.(type) {
	case *types.Func, *types.Builtin, *types.TypeName:
		return false
	}
	if tv, ok := a.pass.TypesInfo.Types[call.Fun]; !ok || tv.IsType() {
		return false
	}
	if _, isLit := ast.Unparen(call.Fun).(*ast.FuncLit); isLit {
		return false
	}
	for _, arg := range call.Args {
		if a.carriesCredential(arg) {
			return true
		}
	}
	return false
}
