package analyzer

import (
	"go/ast"
	"go/types"
)

// Apps reach their session storage through interfaces of their own
// (h.sessions.Remove(sid)). A call of a method of an interface declared in
// the module is resolved to the implementations the analyzer sees: the
// concrete types of this package and of the module's packages it imports.
// It invalidates if one of them does (precision first: the one that runs
// may be that one). With no implementation in sight — it lives in a
// package that imports this one, or in another service — a call given
// the request's credential may revoke it, and counts as invalidation.

// isInterfaceMethod reports whether fn is a method of an interface.
func isInterfaceMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// interfaceCallOp returns the op of a call of the interface method fn,
// and false where the interface is not the module's.
func (a *pkgAnalysis) interfaceCallOp(call *ast.CallExpr, fn *types.Func) (op, bool) {
	if fn.Pkg() == nil || knownPackages[pkgPath(fn.Pkg())] || !a.inModule(fn.Pkg()) {
		return op{}, false
	}
	impls := a.implementations(fn)
	if len(impls) == 0 {
		for _, arg := range call.Args {
			if a.carriesCredential(arg) {
				return op{eff: effKill, remember: true}, true // handed to an implementation out of sight
			}
		}
		return op{}, true
	}
	var local []*types.Func
	for _, m := range impls {
		if m.Pkg() == a.pass.Pkg {
			local = append(local, m)
			continue
		}
		var f summaryFact
		if a.pass.ImportObjectFact(m, &f) && state(f.Effects)&(sKill|sMarkSaved) != 0 {
			return op{eff: effKill}, true
		}
	}
	if len(local) == 1 && len(impls) == 1 {
		return op{local: local[0]}, true // resolved as a call of it
	}
	for _, m := range local {
		if a.summaries[m]&(sKill|sMarkSaved) != 0 {
			return op{eff: effKill}, true
		}
	}
	return op{}, true
}

// inModule reports whether p is a package of the module being analysed
// (when the driver says which module that is).
func (a *pkgAnalysis) inModule(p *types.Package) bool {
	if p == nil {
		return false // the universe: error.Error
	}
	return a.pass.Module != nil && a.pass.Module.Path != "" && a.sameModule(p) || p == a.pass.Pkg
}

// implementations returns the methods that implement the interface
// method m on the concrete types of this package and of the module's
// packages it imports, directly or not.
func (a *pkgAnalysis) implementations(m *types.Func) []*types.Func {
	if impls, ok := a.impls[m]; ok {
		return impls
	}
	iface, _ := m.Signature().Recv().Type().Underlying().(*types.Interface)
	var out []*types.Func
	seen := map[*types.Package]bool{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p] || !a.inModule(p) {
			return
		}
		seen[p] = true
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || iface == nil {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok || named.TypeParams().Len() > 0 || types.IsInterface(named) {
				continue
			}
			for _, t := range []types.Type{named, types.NewPointer(named)} {
				if !types.Implements(t, iface) {
					continue
				}
				if obj, _, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name()); obj != nil {
					if f, ok := obj.(*types.Func); ok {
						out = append(out, f.Origin())
					}
				}
				break
			}
		}
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(a.pass.Pkg)
	a.impls[m] = out
	return out
}
