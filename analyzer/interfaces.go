package analyzer

import (
	"go/ast"
	"go/types"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/tools/refactor/satisfy"
)

// Apps reach their session storage through interfaces of their own
// (h.sessions.Remove(sid)). A call of a method of an interface declared in
// the module is resolved to the implementations the analyzer sees: the
// concrete types of this package and of the module's packages it imports
// that one of those packages converts to an interface with that method
// (var _ Remover = (*Sessions)(nil), a constructor returning one, an
// argument). A type that only has the methods — a service forwarding to
// the interface it holds — is no implementation. A call invalidates if one
// of them does (precision first: the one that runs may be that one). With
// no implementation in sight — it lives in a package that imports this
// one, or in another service — a call given the request's credential may
// revoke it, and counts as invalidation, unless its name says it looks a
// value up (Get, Exists, Validate: see readVerb).

// readVerb matches the names of methods that look a value up: given the
// credential, they read what it maps to and revoke nothing.
var readVerb = regexp.MustCompile(`^(Get|Has|Is|Exists?|Lookup|Load|Find|Check|Parse|Validate|Verify|Read|Fetch|List|Count|Contains)([A-Z0-9_]|$)`)

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
		if readVerb.MatchString(fn.Name()) {
			return op{}, true // a lookup: it revokes nothing
		}
		for _, arg := range call.Args {
			if a.carriesCredential(arg) {
				return op{eff: effKill, remember: true}, true // handed to an implementation out of sight
			}
		}
		return op{}, true
	}
	var local []*types.Func
	for _, m := range impls {
		if a.handsOffArgs(call, m) {
			return op{eff: effKill}, true // an implementation hands the credential on
		}
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
			if !a.convertedTo(named, m) {
				continue // never used as one, in sight
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

// A convertsFact records the conversions of concrete types of the module
// to interfaces that a package makes, one key per method of the
// interface (see conversionKey), for the packages that import it.
type convertsFact struct {
	Keys []string
}

func (*convertsFact) AFact() {}

func (f *convertsFact) String() string { return "converts(" + strings.Join(f.Keys, " ") + ")" }

// conversionKey names the conversion of the named type t to an interface
// with the method m: t's package path and name, and m's interface and
// name.
func conversionKey(t *types.Named, m *types.Func) string {
	recv := namedOf(m.Signature().Recv().Type())
	if recv == nil || m.Pkg() == nil || t.Obj().Pkg() == nil {
		return ""
	}
	return t.Obj().Pkg().Path() + "." + t.Obj().Name() + "|" + m.Pkg().Path() + "." + recv.Obj().Name() + "." + m.Name()
}

// ownConversions returns the conversion keys of the package: each
// conversion of a named concrete type of a package of the module to a
// named interface of the module, for each method of the interface. A package with type
// errors may lose some (precision first: an implementation missed is one
// that is out of sight).
func (a *pkgAnalysis) ownConversions() map[string]bool {
	if a.convs != nil {
		return a.convs
	}
	a.convs = map[string]bool{}
	var f satisfy.Finder
	func() {
		defer func() { _ = recover() }() // ill-typed code: the pairs found so far
		f.Find(a.pass.TypesInfo, a.pass.Files)
	}()
	for c := range f.Result {
		t := c.RHS
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || types.IsInterface(named) || !a.inModule(named.Obj().Pkg()) {
			continue
		}
		iface, ok := c.LHS.Underlying().(*types.Interface)
		if !ok {
			continue
		}
		if n := namedOf(c.LHS); n == nil || !a.inModule(n.Obj().Pkg()) || knownPackages[pkgPath(n.Obj().Pkg())] {
			continue // only the module's own interfaces are resolved (see interfaceCallOp)
		}
		for m := range iface.Methods() {
			if k := conversionKey(named.Origin(), m); k != "" {
				a.convs[k] = true
			}
		}
	}
	return a.convs
}

// exportConversions exports the package's conversion keys.
func (a *pkgAnalysis) exportConversions() {
	if knownPackages[pkgPath(a.pass.Pkg)] {
		return
	}
	convs := a.ownConversions()
	if len(convs) == 0 {
		return
	}
	keys := make([]string, 0, len(convs))
	for k := range convs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	a.pass.ExportPackageFact(&convertsFact{Keys: keys})
}

// convertedTo reports whether this package, or a package of the module it
// imports, directly or not, converts t (or *t) to an interface with the
// method m.
func (a *pkgAnalysis) convertedTo(t *types.Named, m *types.Func) bool {
	k := conversionKey(t, m)
	if k == "" {
		return false
	}
	if a.ownConversions()[k] {
		return true
	}
	if a.importedConvs == nil {
		a.importedConvs = map[string]bool{}
		seen := map[*types.Package]bool{a.pass.Pkg: true}
		var visit func(p *types.Package)
		visit = func(p *types.Package) {
			for _, imp := range p.Imports() {
				if seen[imp] || !a.inModule(imp) {
					continue
				}
				seen[imp] = true
				var f convertsFact
				if a.pass.ImportPackageFact(imp, &f) {
					for _, k := range f.Keys {
						a.importedConvs[k] = true
					}
				}
				visit(imp)
			}
		}
		visit(a.pass.Pkg)
	}
	return a.importedConvs[k]
}
