package analyzer

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// A handlerFact records what the normal paths of a function that may be
// registered as a handler in another package do to the session, so that
// the package registering it on a logout route can judge it there: a
// handler named Route in its own package, mounted on POST /logout by the
// package that builds the router, or a handler of an app-specific
// signature passed to an adapter of a third package.
//
// It is exported only where it can lead to a finding: for functions that
// are not candidates in their own package and would be reported with
// the store they were declared with, or with a cookie store; and for
// candidates whose verdict there was clean only because their store was
// unknown, and that a cookie store would make a finding.
type handlerFact struct {
	Exits        stateSet // the states at the normal exits
	AnyKill      bool     // an invalidation happens somewhere, on any path
	StoreMatters bool     // a gorilla-style session: the store kind decides
	Store        uint8    // the storeKind seen where it is declared
	Lib          string   // the session library's name, for the hint
	Judged       bool     // a candidate in its own package, judged there
	// Remember, where the session verdict is clean, is the key of a
	// remember-me cookie the paths leave valid (see remember.go), issued
	// by RememberBy; RememberSome says some paths revoke it.
	Remember     string
	RememberBy   string
	RememberSome bool
	// Factory says the function is a handler factory, and the paths are
	// those of the one handler it returns (a closure): a route given a
	// call of it (handler.Logout()) registers that handler.
	Factory bool
}

func (*handlerFact) AFact() {}

func (f *handlerFact) String() string {
	var parts []string
	f.Exits.each(func(s state) {
		parts = append(parts, (&summaryFact{Effects: uint16(s)}).String())
	})
	out := strings.Join(parts, " ")
	if f.StoreMatters {
		out += ", store " + storeKind(f.Store).String()
	}
	if f.Lib != "" {
		out += ", " + f.Lib
	}
	if f.Judged {
		out += ", judged"
	}
	if f.Remember != "" {
		out += ", remember-me cookie " + cookieDisplay(f.Remember) + " by " + f.RememberBy
	}
	if f.Factory {
		out += ", returned"
	}
	return "handler(" + out + ")"
}

// paths runs a function body and records what its normal paths do, with
// the store kind visible from it when a gorilla-style session is used.
func (a *pkgAnalysis) paths(body *ast.BlockStmt) *handlerFact {
	res, ok := a.flows[body]
	if !ok || a.inject != nil { // a fix being checked changes the flow
		res = a.flow(body)
	}
	f := &handlerFact{Exits: res.exits, AnyKill: res.anyKill}
	// The store matters for gorilla and gin-contrib sessions, used here or
	// by a helper (which then marks, wipes or saves, or saves a new
	// session in place of the request's).
	f.StoreMatters = res.viaSummary&(sMark|sMarkSaved|sClearPending|sCleared|sReplaced) != 0
	for _, l := range res.libs {
		f.StoreMatters = f.StoreMatters || l.StoreMatters
	}
	if f.StoreMatters {
		f.Store = uint8(a.storeKindIn(body))
	}
	if len(res.libs) > 0 {
		f.Lib = res.libs[0].Name
	}
	return f
}

// verdict judges the recorded paths as those of a logout handler whose
// session lives in a store of the given kind.
func (f *handlerFact) verdict(store storeKind) (verdict, bool) {
	if f.Exits.empty() {
		return verdict{}, false // no successful path to judge
	}
	var v verdict
	ok, tried := false, false
	f.Exits.each(func(s state) {
		c := s.category(store)
		if c == "" {
			ok = true
		}
		if worse(c, v.cat) {
			v.cat = c
		}
		tried = tried || s&(sKill|sMark|sMarkSaved) != 0
	})
	if v.cat == "" {
		return verdict{}, false
	}
	v.somePaths = ok
	v.offPath = !tried && f.AnyKill // invalidated, but never on a normal path
	v.lib = libraryNamed(f.Lib)
	v.storeUnseen = f.StoreMatters && store == storeUnknown && v.cat != catCookieStore
	v.cookieStore = f.StoreMatters && store == storeCookie
	return v, true
}

// cookieFinding reports whether a cookie store, where the declaring
// package could not see the store, turns the paths into a finding.
func (f *handlerFact) cookieFinding() bool {
	if !f.StoreMatters || storeKind(f.Store) != storeUnknown {
		return false
	}
	_, found := f.verdict(storeCookie)
	return found
}

// libraryNamed returns the library of the session API table with this
// name, or nil.
func libraryNamed(name string) *library {
	if name == "" {
		return nil
	}
	for _, si := range sessionImports {
		if si.lib.Name == name {
			return si.lib
		}
	}
	return nil
}

// exportHandlerFacts exports a handlerFact for each exported function of
// the package that may be registered as a handler elsewhere (see
// mayBeHandler), or that is a factory returning one handler of this
// package (see returnedHandler), and whose paths can make a finding
// there. cs holds the package's candidates, nil when it has none.
func (a *pkgAnalysis) exportHandlerFacts(cs *candidates) {
	if knownPackages[pkgPath(a.pass.Pkg)] {
		return // a framework or session library: its functions are not an app's handlers
	}
	var pkgLib *library
	libDone := false
	for fn, d := range a.funcDecls {
		if d.Body == nil || !fn.Exported() {
			continue
		}
		var node ast.Node = d // the handler: the function, or the one it returns
		body, factory := d.Body, false
		if !mayBeHandler(fn.Signature(), a.pass.Pkg) {
			if node, body = a.returnedHandler(d); body == nil {
				continue
			}
			factory = true
		}
		tf := a.pass.Fset.File(d.Pos())
		if a.generated[tf] || strings.HasSuffix(tf.Name(), "_test.go") {
			continue // not reported where they are declared either
		}
		f := a.paths(body)
		f.Factory = factory
		if cs != nil && cs.byNode[node] != nil && !a.isServiceMethod(fn) {
			f.Judged = true
			if !f.cookieFinding() {
				continue // judged here, and no other store changes that
			}
		} else if _, found := f.verdict(storeKind(f.Store)); !found && !f.cookieFinding() {
			leak, some, ok := a.rememberLeakIn(body)
			if !ok {
				continue // clean whatever the registering package knows
			}
			// the session ends, a remember-me cookie survives: a finding
			// where a logout route registers it
			f.Remember, f.RememberBy, f.RememberSome = leak.cookie, a.qualifiedIssuer(leak), some
		}
		if f.Lib == "" {
			if !libDone {
				pkgLib, libDone = a.packageLibrary(), true
			}
			if pkgLib != nil {
				f.Lib = pkgLib.Name
			}
		}
		a.pass.ExportObjectFact(fn, f)
	}
}

// returnedHandler returns the handler a factory declared as d returns,
// and its body, when it returns exactly one handler with a body: a
// closure, or a declared function of this package. Otherwise body is nil.
func (a *pkgAnalysis) returnedHandler(d *ast.FuncDecl) (node ast.Node, body *ast.BlockStmt) {
	fn, _ := a.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if fn == nil || !isFactorySig(fn.Signature(), a.pass.Pkg) {
		return nil, nil
	}
	hs := a.returnedHandlers(d, 0)
	if len(hs) != 1 {
		return nil, nil // none, or one per return statement: which is routed?
	}
	switch h := hs[0].(type) {
	case *ast.FuncLit:
		return h, h.Body
	case *ast.FuncDecl:
		return h, h.Body
	}
	return nil, nil
}

// isFactorySig reports whether a function declared in pkg is a handler
// factory: it returns a handler and takes no function or handler, which
// would make it a middleware or an adapter, whose handler is the one it
// is given.
func isFactorySig(sig *types.Signature, pkg *types.Package) bool {
	if !returnsHandler(sig, pkg) {
		return false
	}
	for v := range sig.Params().Variables() {
		t := v.Type()
		if _, isFunc := t.Underlying().(*types.Signature); isFunc || hasServeHTTP(t) ||
			slices.ContainsFunc(handlerInterfaces, func(tn typeName) bool { return isType(t, tn, false) }) {
			return false
		}
	}
	return true
}

// mayBeHandler reports whether a function declared in pkg may be
// registered as a handler by another package, directly or through an
// adapter: it has a handler signature, or a parameter of the app's own
// context type, which carries the request or response. Helpers that take
// only a request or only a writer are not handlers.
func mayBeHandler(sig *types.Signature, pkg *types.Package) bool {
	if isHandlerSig(sig, pkg) {
		return true
	}
	for v := range sig.Params().Variables() {
		if carriesRequest(v.Type()) {
			return true
		}
	}
	return false
}

// carriesRequest reports whether t is a named struct with a field of a
// handler parameter type, or a named interface with a method returning
// one (an app's Context wrapping w and r, or a framework's context).
func carriesRequest(t types.Type) bool {
	n := namedOf(t)
	if n == nil {
		return false
	}
	switch u := n.Underlying().(type) {
	case *types.Struct:
		for f := range u.Fields() {
			if isHandlerParam(f.Type()) {
				return true
			}
		}
	case *types.Interface:
		for m := range u.Methods() {
			for r := range m.Signature().Results().Variables() {
				if isHandlerParam(r.Type()) {
					return true
				}
			}
		}
	}
	return false
}

// isHandlerParam reports whether t is the type of a handler parameter of
// one of the known frameworks.
func isHandlerParam(t types.Type) bool {
	for _, shape := range handlerShapes {
		if c := shape.Controller; c.Pkg != "" && (isType(t, c, true) || isType(t, c, false)) {
			return true // a controller's receiver carries the request
		}
		for _, p := range shape.Params {
			if p.Method == "" && !p.Embeds && isType(t, p.TypeName, p.Pointer) {
				return true
			}
		}
	}
	return false
}

// A foreignHandler is a function of another package registered on a
// logout route of this one.
type foreignHandler struct {
	fn      *types.Func
	factory bool       // the route is given a call of fn, whose result is the handler
	site    *candidate // the route's handler argument, and why it is a logout
}

func (cs *candidates) addForeign(fn *types.Func, arg ast.Expr, reason string, factory bool) {
	label := fn.Pkg().Name() + "."
	if recv := fn.Signature().Recv(); recv != nil {
		if n := namedOf(recv.Type()); n != nil {
			label += n.Obj().Name() + "."
		}
	}
	label += fn.Name()
	if factory {
		label += "()" // the handler the call returns
	}
	cs.foreign = append(cs.foreign, foreignHandler{fn: fn, factory: factory, site: &candidate{node: arg, label: label, reasons: []string{reason}}})
}

// reportForeign judges the handlers of other packages registered on this
// package's logout routes through their handlerFact, and reports at the
// registration. A handler already judged in its own package, which could
// not see its store, is reported again only when this package's store is
// a cookie store: that is the verdict, and the hint, its own package could
// not give. These findings get no fix: the handler is in another package.
func (a *pkgAnalysis) reportForeign(cs *candidates, ignores []*ignore) {
	for _, h := range cs.foreign {
		var f handlerFact
		if !a.pass.ImportObjectFact(h.fn, &f) || f.Factory != h.factory {
			continue // clean, or not a function that may be a handler (or a factory of one)
		}
		tf := a.pass.Fset.File(h.site.node.Pos())
		if a.generated[tf] || strings.HasSuffix(tf.Name(), "_test.go") {
			continue
		}
		store := storeKind(f.Store)
		if f.StoreMatters && store == storeUnknown {
			store = a.storeKind // the store this package builds for its router
		}
		if f.Judged && (store != storeCookie || !f.cookieFinding()) {
			continue // its own package reported what there is to report
		}
		if _, found := f.verdict(storeKind(f.Store)); f.Judged && f.Factory && found {
			// The closure a factory returns was reported where it is
			// written, and a finding here would name the factory's call:
			// one finding for one handler.
			continue
		}
		v, ok := f.verdict(store)
		if ok && !f.StoreMatters && v.lib != nil && v.lib.StoreMatters && a.storeKind == storeCookie {
			// a handler that holds no session of its library, served by
			// the cookie store this package builds: no save would help
			v.cookieStore = true
		}
		if !ok && f.Remember != "" {
			v = verdict{cat: catRememberMe, somePaths: f.RememberSome, remember: &rememberLeak{cookie: f.Remember, issuer: f.RememberBy}}
			ok = true
		}
		if ok && !a.settings.disabled[v.cat] && !a.suppressed(ignores, h.site) {
			report(a.pass, h.site, v, nil)
		}
	}
}
