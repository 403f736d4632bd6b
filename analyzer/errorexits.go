package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// Apps answer errors through helpers of their own that carry no status
// argument (errorResponse(w, r, err), a.badRequest(c)). Such a helper is an
// error exit when every path through it answers with an error or aborts:
// a call to it ends an error path as http.Error does. Helpers of other
// packages of the module tell it through an errorExitFact.

// An errorExitFact marks a function every path of which answers with an
// error or aborts.
type errorExitFact struct{}

func (*errorExitFact) AFact() {}

func (*errorExitFact) String() string { return "errorexit" }

// findErrorExits records the package's error-exit helpers: functions
// given a handler parameter (the response writer, a framework context)
// whose every path reaches an error exit. A helper may answer through
// another, so this runs until nothing changes.
func (a *pkgAnalysis) findErrorExits() {
	var cands []*ast.FuncDecl
	for fn, d := range a.funcDecls {
		if d.Body == nil || !takesHandlerParam(fn.Signature()) || a.matchName(fn.Name()) != "" {
			continue
		}
		cands = append(cands, d)
	}
	if len(cands) == 0 {
		return
	}
	sortDecls(cands)
	for changed := true; changed; {
		changed = false
		for _, d := range cands {
			fn := a.pass.TypesInfo.Defs[d.Name].(*types.Func)
			if !a.errorExits[fn] && a.alwaysErrs(d.Body) {
				a.errorExits[fn] = true
				changed = true
			}
		}
	}
	for fn := range a.errorExits {
		a.pass.ExportObjectFact(fn, &errorExitFact{})
	}
}

// isErrorExitFunc reports whether fn is an error-exit helper, of this
// package or another.
func (a *pkgAnalysis) isErrorExitFunc(fn *types.Func) bool {
	if fn.Pkg() == a.pass.Pkg {
		return a.errorExits[fn]
	}
	if fn.Pkg() == nil || knownPackages[pkgPath(fn.Pkg())] {
		return false
	}
	return a.pass.ImportObjectFact(fn, new(errorExitFact))
}

// alwaysErrs reports whether every path through body answers with an
// error (or aborts) before it returns. Returning an error value does not
// count here: a helper's err result is often nil.
func (a *pkgAnalysis) alwaysErrs(body *ast.BlockStmt) bool {
	g := cfg.New(body, a.mayReturn)
	seen := make([]bool, len(g.Blocks))
	stack := []*cfg.Block{g.Blocks[0]}
	errs := false
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b.Index] {
			continue
		}
		seen[b.Index] = true
		exit := false
		for i, n := range b.Nodes {
			if a.answersError(n) || a.writesErrorStatus(body, g, b, i) {
				exit = true
				break
			}
		}
		if exit {
			errs = true
			continue
		}
		if len(b.Succs) == 0 {
			return false // a return, or the end of the body, with no error on the way
		}
		stack = append(stack, b.Succs...)
	}
	return errs
}

// takesHandlerParam reports whether a signature has a parameter of a
// handler parameter type, with which it can answer the request.
func takesHandlerParam(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if isHandlerParam(v.Type()) {
			return true
		}
	}
	return false
}

func sortDecls(ds []*ast.FuncDecl) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Pos() < ds[j-1].Pos(); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// answersError reports whether a CFG node makes a call that answers with
// an error or aborts.
func (a *pkgAnalysis) answersError(n ast.Node) bool {
	found := false
	a.postorder(n, func(n ast.Node) {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			found = a.isErrorResponse(call)
		}
	})
	return found
}

// A status answer need not name its status: helpers pick it from the
// error's kind (switch { case isNotFound(err): code = 404 … }) and write
// it once (w.WriteHeader(code), c.JSON(resp.Code, resp)). Such a call
// answers with an error when the status is a local variable, or a field
// of one, every assignment of which that reaches the call is a 4xx or
// 5xx constant. A path on which it keeps its zero value, is given
// another value (a default 200), or may be changed through a pointer, is
// not.

// A statusLoc is a local variable (field == nil) or a field of one.
type statusLoc struct {
	v     *types.Var
	field *types.Var
}

// writesErrorStatus reports whether the i-th node of block b of g, the
// CFG of body, calls a response function (see isErrorResponse) with a
// status location whose every reaching assignment is a 4xx or 5xx
// constant.
func (a *pkgAnalysis) writesErrorStatus(body *ast.BlockStmt, g *cfg.CFG, b *cfg.Block, i int) bool {
	found := false
	a.postorder(b.Nodes[i], func(n ast.Node) {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return
		}
		fn, ok := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
		if !ok || fn.Pkg() == nil || !responsePackages[pkgPath(fn.Pkg())] && !a.givenResponse(call) {
			return
		}
		for _, arg := range call.Args {
			if loc, ok := a.statusLocOf(body, arg); ok && a.errorStatusReaches(g, b, i, loc) {
				found = true
				return
			}
		}
	})
	return found
}

// statusLocOf returns the location an integer argument reads, if it is a
// variable declared in body, or a field of one, that nothing changes
// through a pointer (&v, a method with a pointer receiver).
func (a *pkgAnalysis) statusLocOf(body *ast.BlockStmt, e ast.Expr) (statusLoc, bool) {
	if b, ok := typeUnder(a.pass.TypesInfo.TypeOf(e)).(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return statusLoc{}, false
	}
	var loc statusLoc
	var root ast.Expr
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		root = x
	case *ast.SelectorExpr:
		s, ok := a.pass.TypesInfo.Selections[x]
		if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
			return statusLoc{}, false
		}
		loc.field, _ = s.Obj().(*types.Var)
		root = ast.Unparen(x.X)
	default:
		return statusLoc{}, false
	}
	id, ok := root.(*ast.Ident)
	if !ok {
		return statusLoc{}, false
	}
	v, ok := a.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pos() < body.Lbrace || v.Pos() > body.Rbrace {
		return statusLoc{}, false // a parameter, a package variable
	}
	if _, isPtr := v.Type().Underlying().(*types.Pointer); isPtr {
		return statusLoc{}, false
	}
	loc.v = v
	escapes := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if n.Op == token.AND && a.rootVar(n.X) == v {
				escapes = true
			}
		case *ast.SelectorExpr:
			if s, ok := a.pass.TypesInfo.Selections[n]; ok && s.Kind() != types.FieldVal && a.rootVar(n.X) == v {
				if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
					if _, ptr := sig.Recv().Type().Underlying().(*types.Pointer); ptr {
						escapes = true
					}
				}
			}
		case *ast.FuncLit:
			escapes = escapes || mentions(a.pass.TypesInfo, n, v) // a closure may change it
			return false
		}
		return !escapes
	})
	return loc, !escapes
}

// rootVar returns the variable at the root of a chain of field
// selections (v in v.a.b), or nil.
func (a *pkgAnalysis) rootVar(e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.Ident:
			v, _ := a.pass.TypesInfo.Uses[x].(*types.Var)
			return v
		default:
			return nil
		}
	}
}

// mentions reports whether n uses the variable v.
func mentions(info *types.Info, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// errorStatusReaches reports whether every assignment of loc that reaches
// the i-th node of block b, going back along the paths of g, gives it a
// 4xx or 5xx constant, and one does on every path.
func (a *pkgAnalysis) errorStatusReaches(g *cfg.CFG, b *cfg.Block, i int, loc statusLoc) bool {
	preds := map[int32][]*cfg.Block{}
	for _, x := range g.Blocks {
		for _, s := range x.Succs {
			preds[s.Index] = append(preds[s.Index], x)
		}
	}
	seen := map[int32]bool{}
	type pos struct {
		b *cfg.Block
		n int // nodes before this index are scanned
	}
	stack := []pos{{b, i}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		defined := false
		for j := p.n - 1; j >= 0; j-- {
			ok, isDef := a.statusDef(p.b.Nodes[j], loc)
			if !isDef {
				continue
			}
			if !ok {
				return false
			}
			defined = true
			break
		}
		if defined {
			continue
		}
		if p.b == g.Blocks[0] {
			return false // not assigned on this path
		}
		for _, x := range preds[p.b.Index] {
			if !seen[x.Index] {
				seen[x.Index] = true
				stack = append(stack, pos{x, len(x.Nodes)})
			}
		}
	}
	return true
}

// statusDef reports whether a CFG node assigns loc (isDef), and whether
// it assigns it a 4xx or 5xx constant (ok).
func (a *pkgAnalysis) statusDef(n ast.Node, loc statusLoc) (ok, isDef bool) {
	// value judges what loc becomes when e is assigned to lhs (loc or
	// its variable as a whole)
	value := func(lhs, e ast.Expr) (ok, isDef bool) {
		switch {
		case a.isLoc(lhs, loc):
			return e != nil && a.isErrorStatus(e), true
		case loc.field != nil && a.isLoc(lhs, statusLoc{v: loc.v}):
			return e != nil && a.errorStatusField(e, loc.field), true
		}
		return false, false
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			var rhs ast.Expr
			if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
				rhs = n.Rhs[i]
			}
			if ok, isDef := value(lhs, rhs); isDef {
				return ok, true
			}
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			var rhs ast.Expr
			if len(n.Names) == len(n.Values) {
				rhs = n.Values[i]
			}
			if a.pass.TypesInfo.Defs[name] == loc.v {
				if loc.field == nil {
					return rhs != nil && a.isErrorStatus(rhs), true
				}
				return rhs != nil && a.errorStatusField(rhs, loc.field), true
			}
		}
	case *ast.IncDecStmt:
		if _, isDef := value(n.X, nil); isDef {
			return false, true
		}
	case *ast.RangeStmt:
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if e != nil {
				if _, isDef := value(e, nil); isDef {
					return false, true
				}
			}
		}
	}
	return false, false
}

// isLoc reports whether e denotes loc.
func (a *pkgAnalysis) isLoc(e ast.Expr, loc statusLoc) bool {
	e = ast.Unparen(e)
	if loc.field != nil {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok || a.pass.TypesInfo.Uses[sel.Sel] != loc.field {
			return false
		}
		e = ast.Unparen(sel.X)
	}
	id, ok := e.(*ast.Ident)
	return ok && a.objOf(id) == loc.v
}

// errorStatusField reports whether e is a composite literal whose field
// f is a 4xx or 5xx constant.
func (a *pkgAnalysis) errorStatusField(e ast.Expr, f *types.Var) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && a.pass.TypesInfo.Uses[k] == f {
				return a.isErrorStatus(kv.Value)
			}
		}
	}
	return false // left out: zero
}

// isErrorStatus reports whether e is a 4xx or 5xx integer constant.
func (a *pkgAnalysis) isErrorStatus(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return false
	}
	code, ok := constant.Int64Val(tv.Value)
	return ok && code >= 400 && code <= 599
}
