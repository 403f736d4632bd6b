package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/logoutcheck/logoutcheck/analyzer/knowledge"
)

// An invalidator is a function in reach of a handler that invalidates the
// session: one named by -invalidators, or one whose summary (its own, or
// the fact of a dependency) says that it does on every normal path.
type invalidator struct {
	fn         *types.Func
	label      string // how messages name it: Store.Kill, auth.Revoke, dropSession
	configured bool   // named by -invalidators
	op         op     // what a call does, for checking the fix
}

// A callPlan is the call of one invalidator, spelled for the place of the
// fix: the statements to insert, or why it cannot be called there.
type callPlan struct {
	inv      invalidator
	stmts    []string
	usesErr  bool   // the statements answer an error with onErr
	whyNot   string // why it cannot be called here; "" if it can
	callable bool
	away     bool // a method with no receiver in scope: out of reach
}

// callFix returns the plan that calls the one invalidator in reach of the
// handler at pos, when exactly one can be called with what is in scope
// (the handler's request, response and context, and otherwise the one
// variable of each parameter's type). The functions named by
// -invalidators come first: the helpers known by their facts count only
// where none of them can be called. When there is no such plan, why says
// what stands in the way, or is "" when no invalidator is in reach at all.
func (a *pkgAnalysis) callFix(h *candidate, fr *handlerFrame, pos token.Pos, onErr string) (plan *fixPlan, usesErr bool, why string) {
	invs := a.invalidatorsInReach(h, pos)
	if len(invs) == 0 {
		return nil, false, ""
	}
	var plans []callPlan
	for _, inv := range invs {
		if p := a.planCall(fr, pos, inv, onErr); !p.away {
			plans = append(plans, p)
		}
	}
	if len(plans) == 0 {
		return nil, false, ""
	}
	var configured, helpers []callPlan
	for _, p := range plans {
		switch {
		case !p.callable:
		case p.inv.configured:
			configured = append(configured, p)
		default:
			helpers = append(helpers, p)
		}
	}
	chosen := configured
	if len(chosen) == 0 {
		chosen = helpers
	}
	switch len(chosen) {
	case 0:
		var whys []string
		for _, p := range plans {
			whys = append(whys, p.inv.label+" "+p.whyNot)
		}
		if len(whys) > 3 {
			whys = append(whys[:3], fmt.Sprintf("and %d more", len(whys)-3))
		}
		return nil, false, "no function that invalidates the session can be called here: " + strings.Join(whys, "; ")
	case 1:
		p := chosen[0]
		return &fixPlan{
			message: "Invalidate the session with " + p.inv.label + " before responding",
			stmts:   p.stmts,
			ops:     []op{p.inv.op},
		}, p.usesErr, ""
	}
	var names []string
	for _, p := range chosen {
		names = append(names, p.inv.label)
	}
	return nil, false, "more than one function that invalidates the session can be called here (" + strings.Join(names, ", ") + ")"
}

// invalidatorsInReach returns the invalidators a fix at pos could name:
// the functions and methods of the package, and the exported ones of the
// packages the file imports, other than the session libraries (whose
// calls are the templates' business) and handlers of their own.
func (a *pkgAnalysis) invalidatorsInReach(h *candidate, pos token.Pos) []invalidator {
	var self *types.Func
	if d, ok := h.node.(*ast.FuncDecl); ok {
		self, _ = a.pass.TypesInfo.Defs[d.Name].(*types.Func)
	}
	var invs []invalidator
	// the package's own functions, in source order
	var local []*types.Func
	for fn := range a.funcDecls {
		local = append(local, fn)
	}
	sortFuncs(local)
	inTest := a.isTestFile(pos)
	for _, fn := range local {
		if fn == self || a.funcDecls[fn].Body == nil && !a.settings.invalidators.has(fn) {
			continue
		}
		if !inTest && a.isTestFile(fn.Pos()) {
			continue // only the test build has it: the package's own files cannot call it
		}
		configured := a.settings.invalidators.has(fn)
		s := a.summaries[fn]
		if !configured && s&(sKill|sMarkSaved) == 0 {
			continue
		}
		if a.matchName(fn.Name()) != "" && isHandlerSig(fn.Signature(), fn.Pkg()) || a.cands != nil && a.cands.byNode[a.funcDecls[fn]] != nil {
			continue // another logout handler: it answers the request itself
		}
		if !configured && a.assumed[fn] {
			continue // taken to invalidate, in code the analyzer cannot see
		}
		if !configured && a.helperResponds(a.funcDecls[fn]) {
			continue // it answers the request: calling it would change the response
		}
		o := op{sum: s}
		if configured {
			o = op{eff: effKill}
		}
		invs = append(invs, invalidator{fn: fn, label: a.labelOf(fn), configured: configured, op: o})
	}
	// the packages the file imports
	f := a.fileOf(pos)
	if f == nil {
		return invs
	}
	seen := map[*types.Package]bool{}
	for _, spec := range f.Imports {
		pn := a.importObj(spec)
		if pn == nil || seen[pn.Imported()] {
			continue
		}
		pkg := pn.Imported()
		seen[pkg] = true
		if first, _, _ := strings.Cut(pkgPath(pkg), "/"); knownPackages[pkgPath(pkg)] || !strings.Contains(first, ".") {
			continue // a session library, or the standard library: no app helpers there
		}
		for _, fn := range exportedFuncs(pkg) {
			configured := a.settings.invalidators.has(fn)
			var fact summaryFact
			hasFact := a.pass.ImportObjectFact(fn, &fact) && state(fact.Effects)&(sKill|sMarkSaved) != 0 && !fact.Assumed
			if !configured && !hasFact {
				continue
			}
			o := op{sum: state(fact.Effects)}
			if configured {
				o = op{eff: effKill}
			}
			invs = append(invs, invalidator{fn: fn, label: a.labelOf(fn), configured: configured, op: o})
		}
	}
	return invs
}

// isTestFile reports whether pos lies in a _test.go file.
func (a *pkgAnalysis) isTestFile(pos token.Pos) bool {
	f := a.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// importObj returns the package name an import spec declares.
func (a *pkgAnalysis) importObj(spec *ast.ImportSpec) *types.PkgName {
	if spec.Name != nil {
		pn, _ := a.pass.TypesInfo.Defs[spec.Name].(*types.PkgName)
		return pn
	}
	pn, _ := a.pass.TypesInfo.Implicits[spec].(*types.PkgName)
	return pn
}

// exportedFuncs returns the exported functions of pkg and the exported
// methods declared on its exported types, in source order.
func exportedFuncs(pkg *types.Package) []*types.Func {
	var fns []*types.Func
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			if obj.Exported() {
				fns = append(fns, obj)
			}
		case *types.TypeName:
			n, ok := obj.Type().(*types.Named)
			if !ok || !obj.Exported() || obj.IsAlias() {
				continue
			}
			if iface, ok := n.Underlying().(*types.Interface); ok {
				for m := range iface.ExplicitMethods() {
					if m.Exported() {
						fns = append(fns, m)
					}
				}
				continue
			}
			for m := range n.Methods() {
				if m.Exported() {
					fns = append(fns, m)
				}
			}
		}
	}
	sortFuncs(fns)
	return fns
}

// labelOf names fn in a message: Type.Method, pkg.Func for another
// package's function, Func for the package's own.
func (a *pkgAnalysis) labelOf(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		if n := namedOf(recv.Type()); n != nil {
			return n.Obj().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	if fn.Pkg() != a.pass.Pkg {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// helperResponds reports whether a function of the package writes the
// response (through its ResponseWriter or framework context parameter, or
// net/http's response helpers).
func (a *pkgAnalysis) helperResponds(d *ast.FuncDecl) bool {
	if d.Body == nil {
		return false
	}
	fr := &handlerFrame{}
	obj, _ := a.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if obj == nil {
		return false
	}
	for v := range obj.Signature().Params().Variables() {
		for i := range handlerShapes {
			for _, p := range handlerShapes[i].Params {
				if !isType(v.Type(), p.TypeName, p.Pointer) {
					continue
				}
				switch p.Role {
				case knowledge.Writer:
					fr.w = v.Name()
				case knowledge.Context:
					fr.c = v.Name()
				}
			}
		}
	}
	for _, stmt := range d.Body.List {
		if a.responds(stmt, fr) {
			return true
		}
	}
	return false
}

// planCall spells a call of inv at pos: its receiver, its arguments and
// the handling of its result.
func (a *pkgAnalysis) planCall(fr *handlerFrame, pos token.Pos, inv invalidator, onErr string) callPlan {
	p := callPlan{inv: inv}
	fn, sig := inv.fn, inv.fn.Signature()
	if sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0 {
		p.whyNot = "is generic"
		return p
	}
	if sig.Variadic() {
		p.whyNot = "is variadic"
		return p
	}
	var callee string
	switch {
	case sig.Recv() != nil:
		n := namedOf(sig.Recv().Type())
		if n == nil {
			p.whyNot = "has a receiver of no named type"
			return p
		}
		callee = a.uniqueInScope(pos, func(t types.Type) bool {
			return namedOf(t) != nil && namedOf(t).Origin() == n.Origin() && !isPointerToPointer(t)
		})
		if callee == "" {
			p.away = true // no value to call it on: not in reach
			return p
		}
		callee += "." + fn.Name()
	case fn.Pkg() == a.pass.Pkg:
		if _, obj := a.scopeAt(pos).LookupParent(fn.Name(), pos); obj != fn {
			p.whyNot = "is shadowed here"
			return p
		}
		callee = fn.Name()
	default:
		qual := a.importName(pos, fn.Pkg().Path())
		if qual == "" || !a.isImportAt(pos, qual, fn.Pkg().Path()) {
			p.whyNot = "has no import name here"
			return p
		}
		callee = qual + "." + fn.Name()
	}
	var args []string
	for v := range sig.Params().Variables() {
		arg, why := a.argFor(fr, pos, v.Type())
		if arg == "" {
			p.whyNot = why
			return p
		}
		args = append(args, arg)
	}
	call := callee + "(" + strings.Join(args, ", ") + ")"
	switch res := sig.Results(); {
	case res.Len() == 0:
		p.stmts = []string{call}
	case res.Len() == 1 && types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type()):
		if onErr == "" {
			p.whyNot = "returns an error, and the handler's results leave no way to answer it"
			return p
		}
		p.stmts = []string{fmt.Sprintf("if err := %s; err != nil {", call), "\t" + onErr, "}"}
		p.usesErr = true
	default:
		p.whyNot = "returns results other than an error, which the fix would have to handle"
		return p
	}
	p.callable = true
	return p
}

func isPointerToPointer(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = types.Unalias(p.Elem()).(*types.Pointer)
	return ok
}

// argFor returns the argument for a parameter of type t: the handler's
// own parameter of that type, its request, response or context as its
// shape spells them, or the one variable of that type in scope; "" and
// why when there is none or more than one. A parameter of a basic type (a
// session ID as a string) is never filled in: which string it wants is a
// guess.
func (a *pkgAnalysis) argFor(fr *handlerFrame, pos token.Pos, t types.Type) (string, string) {
	var own []string
	for v := range fr.sig.Params().Variables() {
		if v.Name() != "" && v.Name() != "_" && types.Identical(v.Type(), t) && a.isParamAt(pos, fr, v.Name()) {
			own = append(own, v.Name())
		}
	}
	switch len(own) {
	case 1:
		return own[0], ""
	case 0:
	default:
		return "", "takes a " + a.typeString(t) + " and the handler has more than one"
	}
	var expr string
	switch {
	case isType(t, typeName{Pkg: "net/http", Name: "ResponseWriter"}, false):
		expr = fr.expand(fr.shape.Fix.Response, "")
	case isType(t, typeName{Pkg: "net/http", Name: "Request"}, true):
		expr = fr.expand(fr.shape.Fix.Request, "")
	case isType(t, typeName{Pkg: "context", Name: "Context"}, false):
		expr = fr.requestContext()
	}
	if expr != "" {
		return expr, ""
	}
	name := a.typeString(t)
	if _, basic := t.Underlying().(*types.Basic); basic {
		return "", "takes a " + name + ", which no value in scope is known to be"
	}
	if v := a.onlyVariableOf(pos, t); v != "" {
		return v, ""
	}
	return "", "takes a " + name + " and there is not exactly one in scope"
}

// onlyVariableOf returns the name of the one variable of type t visible
// at pos, in any scope from the innermost out to the package, or "".
func (a *pkgAnalysis) onlyVariableOf(pos token.Pos, t types.Type) string {
	inner := a.scopeAt(pos)
	var found []string
	for s := inner; s != nil && s != types.Universe; s = s.Parent() {
		for _, name := range s.Names() {
			v, ok := s.Lookup(name).(*types.Var)
			if !ok || s != a.pass.Pkg.Scope() && v.Pos() >= pos || name == "_" {
				continue
			}
			if _, obj := inner.LookupParent(name, pos); obj != v {
				continue // shadowed
			}
			if types.Identical(v.Type(), t) {
				found = append(found, name)
			}
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// typeString spells t for a message, its packages by name.
func (a *pkgAnalysis) typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == a.pass.Pkg {
			return ""
		}
		return p.Name()
	})
}
