package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/cfg"
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
		for _, n := range b.Nodes {
			if a.answersError(n) {
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
