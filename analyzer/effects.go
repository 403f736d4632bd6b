package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/logoutcheck/logoutcheck/analyzer/knowledge"
	"golang.org/x/tools/go/types/typeutil"
)

// An op is one thing a statement does to the session, in evaluation order.
type op struct {
	eff   effect
	lib   *library
	sum   state        // for calls to functions with a summary: the state they guarantee
	local *types.Func  // a call to a function of this package: see resolve
	recv  types.Object // for marks, wipes and saves: the session variable acted on, if known (see splitSessions)
	// remember: the call revokes a remember-me record on the server (see remember.go)
	remember bool
	// fresh: recv holds a new session built here, not the request's (see
	// knowledge.Fresh)
	fresh bool
}

// resolve returns the op of a call to a function of this package, from
// its summary as it stands (summaries change while they are computed, so
// ops are kept unresolved and resolved when they are applied).
func (a *pkgAnalysis) resolve(o op) op {
	if o.local == nil {
		return o
	}
	// a function of this package named to revoke remember-me tokens does,
	// whatever else it does (see remember.go)
	rem := o.remember || namesRememberRevocation(o.local.Name())
	if s := a.summaries[o.local]; s != 0 {
		return op{sum: s, remember: rem}
	}
	if a.callees[o.local].custom {
		return op{eff: effKill, remember: rem}
	}
	return op{remember: rem}
}

// opsOf returns the session operations of node, in evaluation order,
// without descending into function literals. Deferred calls are returned
// separately: they run when the function returns.
func (a *pkgAnalysis) opsOf(node ast.Node) (ops, deferred []op) {
	if d, ok := node.(*ast.DeferStmt); ok {
		if lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit); ok {
			// defer func() { ... }(): the literal's body runs at return
			for _, stmt := range lit.Body.List {
				o, _ := a.opsOf(stmt)
				deferred = append(deferred, o...)
			}
			return nil, deferred
		}
		o, _ := a.opsOf(d.Call)
		return nil, o
	}
	// function literals given to functions of the module run in the call
	// (withTx(func(tx) error { … }), an adapter's callback): their ops go
	// before the call's, once the walk is done
	type pending struct {
		at  int
		lit *ast.FuncLit
	}
	var lits []pending
	a.postorder(node, func(n ast.Node) {
		var o op
		switch n := n.(type) {
		case *ast.CallExpr:
			for _, arg := range n.Args {
				if lit, ok := ast.Unparen(arg).(*ast.FuncLit); ok && a.runsCallbacks(n) && !a.isHandlerExpr(lit) {
					lits = append(lits, pending{len(ops), lit})
				}
			}
			o = a.callOp(n)
			if tracked(o.eff) {
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					o.recv = a.sessionVar(sel.X)
				} else if len(n.Args) > 0 {
					o.recv = a.sessionVar(n.Args[0]) // delete(sess.Values, k)
				}
				if o.recv == nil && o.eff == effSave {
					// a store's save, given the session: store.Save(r, w, sess)
					for _, arg := range n.Args {
						if o.recv = a.sessionVar(arg); o.recv != nil {
							break
						}
					}
				}
				o.fresh = o.recv != nil && a.freshVars[o.recv]
			}
		case *ast.AssignStmt:
			o = a.assignOp(n)
			if tracked(o.eff) && len(n.Lhs) > 0 {
				o.recv = a.sessionVar(n.Lhs[0])
				o.fresh = o.recv != nil && a.freshVars[o.recv]
			}
			o.remember = a.assignsRemember(n)
		case *ast.SendStmt:
			if a.carriesCredential(n.Value) {
				// handed to the channel's owner (see credential.go), which may
				// revoke a remember-me token too
				o = op{eff: effKill, remember: true}
			}
		}
		if o.eff != effNone || o.sum != 0 || o.local != nil || o.remember {
			ops = append(ops, o)
		}
	})
	for i := len(lits) - 1; i >= 0; i-- {
		var inner []op
		for _, stmt := range lits[i].lit.Body.List {
			o, _ := a.opsOf(stmt)
			inner = append(inner, o...)
		}
		at := lits[i].at
		ops = append(ops[:at], append(inner, ops[at:]...)...)
	}
	return ops, nil
}

// runsCallbacks reports whether call is of a function of the module being
// analysed, which is taken to run the function literals it is given
// before it returns, unless it returns a handler (an adapter, which keeps
// them). Library functions are not (a goroutine, a later event, an
// iteration that may not happen); nor are literals that are handlers
// themselves, which are registered, not run.
func (a *pkgAnalysis) runsCallbacks(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || knownPackages[pkgPath(fn.Pkg())] || !a.inModule(fn.Pkg()) {
		return false
	}
	// an adapter or factory returns a handler: it keeps what it is given
	return !returnsHandler(fn.Signature(), fn.Pkg())
}

// postorder calls f for every node below root (root included) after its
// children, skipping function literals. f must not call postorder.
func (a *pkgAnalysis) postorder(root ast.Node, f func(ast.Node)) {
	w := &a.walker
	w.root, w.f, w.stack = root, f, w.stack[:0]
	ast.Walk(w, root)
	w.f = nil
}

// A postWalker is the ast.Visitor of postorder, kept by the package's
// analysis so that its stack is allocated once.
type postWalker struct {
	root  ast.Node
	f     func(ast.Node)
	stack []ast.Node
}

func (w *postWalker) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		top := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		w.f(top)
		return nil
	}
	if _, ok := n.(*ast.FuncLit); ok && n != w.root {
		return nil
	}
	w.stack = append(w.stack, n)
	return w
}

// callOp classifies a call by what its callee does to the session.
func (a *pkgAnalysis) callOp(call *ast.CallExpr) op {
	return a.callOpOf(call, typeutil.Callee(a.pass.TypesInfo, call))
}

// callOpOf is callOp for a call whose callee is already known. Calls to
// this package's functions are returned unresolved (see resolve).
func (a *pkgAnalysis) callOpOf(call *ast.CallExpr, obj types.Object) op {
	o := a.sessionCallOp(call, obj)
	o.remember = o.remember || a.revokesRemember(call, obj)
	return o
}

// sessionCallOp is what a call does to the session (callOpOf, but for
// remember-me records).
func (a *pkgAnalysis) sessionCallOp(call *ast.CallExpr, obj types.Object) op {
	if b, ok := obj.(*types.Builtin); ok {
		// delete(sess.Values, key) and clear(sess.Values) wipe values in memory
		if b.Name() == "delete" || b.Name() == "clear" {
			if len(call.Args) > 0 {
				if lib := sessionTypeLib(a.pass.TypesInfo.TypeOf(call.Args[0]), sessionMaps); lib != nil {
					return op{eff: effClear, lib: lib} // delete(c.Session, key): written back by the library
				}
				if lib := a.valuesFieldLib(call.Args[0]); lib != nil {
					return op{eff: effClearPending, lib: lib}
				}
				if b.Name() == "delete" && a.isSessionMap(call.Args[0]) {
					return op{eff: effKill} // delete(s.sessions, id): the app's own session table
				}
			}
		}
		return op{}
	}
	fn, _ := obj.(*types.Func)
	if fn == nil {
		if a.handsOffCredential(call, obj) {
			return op{eff: effKill, remember: true} // handed to a function value (see credential.go)
		}
		return op{}
	}
	fn = fn.Origin()
	if lib, ok := storageDeleteIndex.of(fn); ok {
		if a.isSessionStorage(call.Fun) {
			return op{eff: effKill, lib: lib}
		}
		return op{}
	}
	if handoffIndex.has(fn) {
		return op{eff: effKill, remember: true} // handed to a logout function installed elsewhere (see credential.go)
	}
	if s, ok := storageAPIIndex.of(fn); ok {
		if a.deletesSessionRecord(call, s) {
			return op{eff: effKill}
		}
		return op{}
	}
	if a.isDenyListWrite(call, fn) {
		return op{eff: effKill}
	}
	if a.handsOffArgs(call, fn) {
		return op{eff: effKill} // handed on to code out of sight (see handoff.go)
	}
	c, ok := a.callees[fn]
	if !ok {
		c = a.calleeOf(fn)
		a.callees[fn] = c
	}
	if c.row.Effect == effNone && !c.kill && !c.custom && c.imported == 0 && isInterfaceMethod(fn) {
		if o, ok := a.interfaceCallOp(call, fn); ok {
			return o
		}
	}
	switch {
	case c.row.Effect == effMarkIfNegative:
		if len(call.Args) == 1 && a.negativeMaxAge(call.Args[0]) {
			return op{eff: effMark, lib: c.row.Lib}
		}
		return op{}
	case c.row.Effect == effDeleteUnlessKept:
		if n := len(call.Args); n > 0 && a.isNonEmptyList(call.Args[n-1]) {
			return op{eff: effClear, lib: c.row.Lib} // the listed keys stay, the session too
		}
		return op{eff: effDelete, lib: c.row.Lib}
	case c.row.Effect == effKillUnlessFalse:
		if len(call.Args) == 1 && a.isFalse(call.Args[0]) {
			return op{} // the old record stays valid
		}
		return op{eff: effKill, lib: c.row.Lib}
	case c.row.Effect != effNone:
		return op{eff: c.row.Effect, lib: c.row.Lib}
	case c.kill:
		return op{eff: effKill}
	case c.local:
		return op{local: fn}
	case c.imported != 0:
		return op{sum: c.imported}
	case c.custom:
		return op{eff: effKill}
	}
	return op{}
}

// A callee is what the analysis knows about a called function, computed
// once per package.
type callee struct {
	row      api   // its row in the session API table, if any
	kill     bool  // named by -invalidators or a directive
	local    bool  // declared in this package
	imported state // its summary fact, if declared elsewhere
	custom   bool  // the custom-store name rule applies
}

func (a *pkgAnalysis) calleeOf(fn *types.Func) callee {
	var c callee
	if fn.Pkg() == nil {
		return c // error.Error and other universe methods
	}
	if knownPackages[pkgPath(fn.Pkg())] {
		c.row, _ = apiIndex.of(fn)
		return c
	}
	c.kill = a.directives[fn] || a.settings.invalidators.has(fn)
	c.local = fn.Pkg() == a.pass.Pkg
	if !c.local {
		var f summaryFact
		if a.pass.ImportObjectFact(fn, &f) {
			c.imported = state(f.Effects)
		}
	}
	c.custom = a.isCustomStoreCall(fn)
	return c
}

// isCustomStoreCall applies the name rule for sessions kept in an app's own
// store: a function named like RevokeSession, or a method named like
// Destroy on a session-, token- or auth-named receiver or package. It never
// applies to the known libraries, nor to logout handlers (a logout handler
// calling another is judged through that handler's summary). Other
// functions with a handler's parameters are judged by their names like
// any: apps pass the framework's context through their service layer,
// (*RefreshTokenService).Delete(c *gin.Context) revokes.
func (a *pkgAnalysis) isCustomStoreCall(fn *types.Func) bool {
	if fn.Pkg() == nil || knownPackages[pkgPath(fn.Pkg())] {
		return false
	}
	if isHandlerSig(fn.Signature(), fn.Pkg()) && a.matchName(handlerName(fn)) != "" {
		return false
	}
	s := a.settings
	if s.storeMethods != nil && s.storeMethods.MatchString(fn.Name()) {
		return true
	}
	if s.storeVerbs == nil || s.storeReceivers == nil || !s.storeVerbs.MatchString(fn.Name()) {
		return false
	}
	if s.storeReceivers.MatchString(pkgPath(fn.Pkg())) {
		return true
	}
	if recv := fn.Signature().Recv(); recv != nil {
		if n := namedOf(recv.Type()); n != nil && s.storeReceivers.MatchString(n.Obj().Name()) {
			return true
		}
	}
	return false
}

// assignOp classifies assignments to session fields: a negative
// Options.MaxAge, Options replaced by one with a negative MaxAge, or the
// Values map replaced.
func (a *pkgAnalysis) assignOp(as *ast.AssignStmt) op {
	if len(as.Lhs) != len(as.Rhs) || as.Tok != token.ASSIGN {
		return op{}
	}
	for i, lhs := range as.Lhs {
		if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok && a.isDenyList(ix.X) {
			if _, isMap := typeUnder(a.pass.TypesInfo.TypeOf(ix.X)).(*types.Map); isMap {
				return op{eff: effKill} // revokedTokens[tok] = time.Now()
			}
		}
		switch ast.Unparen(as.Rhs[i]).(type) {
		case *ast.CompositeLit, *ast.CallExpr:
			// a new map: c.Session = session.NewSession()
			if lib := sessionTypeLib(a.pass.TypesInfo.TypeOf(lhs), sessionMaps); lib != nil {
				return op{eff: effClear, lib: lib}
			}
		}
		if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok && a.isZero(as.Rhs[i]) {
			if lib := a.valuesFieldLib(ix.X); lib != nil {
				// sess.Values["authenticated"] = false
				return op{eff: effClearPending, lib: lib}
			}
		}
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		xt := a.pass.TypesInfo.TypeOf(sel.X)
		switch sel.Sel.Name {
		case "MaxAge":
			if lib := sessionTypeLib(xt, maxAgeFields); lib != nil && a.isNegative(as.Rhs[i]) {
				return op{eff: effMark, lib: lib}
			}
		case "Options":
			if lib := sessionTypeLib(xt, optionsFields); lib != nil && a.negativeMaxAge(as.Rhs[i]) {
				return op{eff: effMark, lib: lib}
			}
		case "Values":
			if lib := sessionTypeLib(xt, valuesFields); lib != nil {
				return op{eff: effClearPending, lib: lib}
			}
		}
	}
	return op{}
}

// valuesFieldLib returns the library of the session whose Values map e
// is, or nil if e is not one.
func (a *pkgAnalysis) valuesFieldLib(e ast.Expr) *library {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Values" {
		return nil
	}
	return sessionTypeLib(a.pass.TypesInfo.TypeOf(sel.X), valuesFields)
}

// negativeMaxAge reports whether e is an Options composite literal (or its
// address) with a negative MaxAge.
func (a *pkgAnalysis) negativeMaxAge(e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		// a variable assigned once: opts := sessions.Options{MaxAge: -1}
		if init := a.varInits[a.objOf(id)]; init != nil {
			e = ast.Unparen(init)
		}
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || sessionTypeLib(a.pass.TypesInfo.TypeOf(lit), maxAgeFields) == nil {
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "MaxAge" {
				return a.isNegative(kv.Value)
			}
		}
	}
	return false
}

// isNonEmptyList reports whether e is a slice or array literal with
// elements ([]string{"csrf"}).
func (a *pkgAnalysis) isNonEmptyList(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok || len(lit.Elts) == 0 {
		return false
	}
	switch typeUnder(a.pass.TypesInfo.TypeOf(lit)).(type) {
	case *types.Slice, *types.Array:
		return true
	}
	return false
}

// isFalse reports whether e is the constant false.
func (a *pkgAnalysis) isFalse(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value)
}

// isZero reports whether e is nil, false, "" or 0.
func (a *pkgAnalysis) isZero(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	if tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.Bool:
		return !constant.BoolVal(tv.Value)
	case constant.String:
		return constant.StringVal(tv.Value) == ""
	case constant.Int, constant.Float:
		return constant.Sign(tv.Value) == 0
	}
	return false
}

// isNegative reports whether e is a negative integer constant.
func (a *pkgAnalysis) isNegative(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	v := constant.ToInt(tv.Value)
	return v.Kind() == constant.Int && constant.Sign(v) < 0
}

// sessionTypeLib returns the library of the session type t is (or points
// to), or nil if t is none of them.
func sessionTypeLib(t types.Type, list []sessionType) *library {
	if t == nil {
		return nil
	}
	for _, st := range list {
		if isType(t, st.typeName, false) || isType(t, st.typeName, true) {
			return st.lib
		}
	}
	return nil
}

// storeKindIn returns the kind of session store a function body uses, from
// the static types of the stores it touches, or the package's kind.
func (a *pkgAnalysis) storeKindIn(body *ast.BlockStmt) storeKind {
	kind := storeUnknown
	ast.Inspect(body, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok || kind != storeUnknown {
			return kind == storeUnknown
		}
		if t := a.pass.TypesInfo.TypeOf(e); t != nil {
			if nt := namedOf(t); nt != nil && nt.Obj().Pkg() != nil {
				kind = storeTypes[typeName{Pkg: pkgPath(nt.Obj().Pkg()), Name: nt.Obj().Name()}]
			}
		}
		// a store variable of another package: middleware.Store
		if sel, ok := e.(*ast.SelectorExpr); ok && kind == storeUnknown {
			if v, ok := a.pass.TypesInfo.Uses[sel.Sel].(*types.Var); ok && !v.IsField() && v.Pkg() != a.pass.Pkg {
				var f storeFact
				if a.pass.ImportObjectFact(v, &f) {
					kind = storeKind(f.Kind)
				}
			}
		}
		return true
	})
	if kind == storeUnknown {
		return a.storeKind
	}
	return kind
}

// A storeFact records the kind of session store an exported package
// variable holds, for handlers in other packages that use it.
type storeFact struct {
	Kind uint8
}

func (*storeFact) AFact() {}

func (f *storeFact) String() string {
	if storeKind(f.Kind) == storeCookie {
		return "store(cookie)"
	}
	return "store(server)"
}

// exportStoreFacts records the store kind of exported package variables
// assigned from a known store constructor, so that handlers in other
// packages that use them (middleware.Store.Get) know what they hold.
func (a *pkgAnalysis) exportStoreFacts() {
	for cur := range a.inspect.Root().Preorder((*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil)) {
		var lhs, rhs []ast.Expr
		switch n := cur.Node().(type) {
		case *ast.ValueSpec:
			for _, id := range n.Names {
				lhs = append(lhs, id)
			}
			rhs = n.Values
		case *ast.AssignStmt:
			lhs, rhs = n.Lhs, n.Rhs
		}
		if len(lhs) != len(rhs) {
			continue
		}
		for i, r := range rhs {
			call, ok := ast.Unparen(r).(*ast.CallExpr)
			if !ok {
				continue
			}
			fn, ok := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
			if !ok {
				continue
			}
			k := a.constructedStore(call, fn)
			v, ok := a.objOf(lhs[i]).(*types.Var)
			if k != storeUnknown && ok && v.Exported() && v.Parent() == a.pass.Pkg.Scope() {
				a.pass.ExportObjectFact(v, &storeFact{Kind: uint8(k)})
			}
		}
	}
	if a.ownStores != 0 && a.pass.Pkg.Name() != "main" && !knownPackages[pkgPath(a.pass.Pkg)] {
		a.pass.ExportPackageFact(&storesFact{Kinds: a.ownStores})
	}
}

// A storesFact records the kinds of session store that a package builds
// or holds (a bit per storeKind; see ownStoreKinds), for packages other
// than main and the libraries of the knowledge table, so that a package
// importing it with no store of its own — main importing the package
// that sets up the router and its session middleware — can take its
// store as its own.
type storesFact struct {
	Kinds uint8
}

func (*storesFact) AFact() {}

func (f *storesFact) String() string {
	var kinds []string
	for _, k := range []storeKind{storeServer, storeCookie} {
		if f.Kinds&(1<<k) != 0 {
			kinds = append(kinds, k.String())
		}
	}
	return "stores(" + strings.Join(kinds, ",") + ")"
}

// ownStoreKinds returns the kinds of session store the package builds or
// holds, where it is statically visible (a bit per storeKind): stores
// built by known constructors, anywhere in the package, and package
// variables or struct fields of a known store type.
func (a *pkgAnalysis) ownStoreKinds() uint8 {
	if !importsAny(a.pass.Pkg, storePackages) {
		return 0 // no constructor to call, no store type to hold
	}
	var kinds uint8
	for cur := range a.inspect.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if fn, ok := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func); ok {
			if k := a.constructedStore(call, fn); k != storeUnknown {
				kinds |= 1 << k
			}
		}
	}
	scope := a.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		var ts []types.Type
		switch obj := obj.(type) {
		case *types.Var:
			ts = append(ts, obj.Type())
		case *types.TypeName:
			if st, ok := obj.Type().Underlying().(*types.Struct); ok {
				for f := range st.Fields() {
					ts = append(ts, f.Type())
				}
			}
		}
		for _, t := range ts {
			if nt := namedOf(t); nt != nil && nt.Obj().Pkg() != nil {
				if k := storeTypes[typeName{Pkg: pkgPath(nt.Obj().Pkg()), Name: nt.Obj().Name()}]; k != storeUnknown {
					kinds |= 1 << k
				}
			}
		}
	}
	return kinds
}

// packageStoreKind resolves the session store the package uses: its own
// (see ownStoreKinds), or failing that the stores of the packages of its
// module that it imports (see storesFact). A package with both kinds, or none, is
// unknown.
func (a *pkgAnalysis) packageStoreKind() storeKind {
	kinds := a.ownStores
	if kinds == 0 {
		for _, p := range a.pass.Pkg.Imports() {
			var f storesFact
			if a.sameModule(p) && a.pass.ImportPackageFact(p, &f) {
				kinds |= f.Kinds
			}
		}
	}
	switch kinds {
	case 1 << storeCookie:
		return storeCookie
	case 1 << storeServer:
		return storeServer
	}
	return storeUnknown
}

// sameModule reports whether p belongs to the module of the package
// being analysed, or the driver does not say which module that is. The
// stores a dependency keeps for itself (gothic's OAuth state store) are
// not the app's.
func (a *pkgAnalysis) sameModule(p *types.Package) bool {
	m := a.pass.Module
	if m == nil || m.Path == "" {
		return true
	}
	return p.Path() == m.Path || strings.HasPrefix(p.Path(), m.Path+"/")
}

// importsAny reports whether pkg imports one of the packages (by
// canonical path).
func importsAny(pkg *types.Package, paths map[string]bool) bool {
	for _, p := range pkg.Imports() {
		if paths[pkgPath(p)] {
			return true
		}
	}
	return false
}

// storeConstructorKind returns the kind of store fn builds, if it is a
// known store constructor.
func storeConstructorKind(fn *types.Func) storeKind {
	k, _ := storeConstructorIndex.of(fn)
	return k
}

// constructedStore returns the kind of store a call of fn builds, if fn
// is a known store constructor. One that builds a default store unless
// its options give one (see defaultStores) builds it only when an
// argument is a literal of the options type that leaves the store field
// out (buffalo.New(buffalo.Options{Env: ENV})), and the package never
// assigns the field (app.SessionStore = store): given a store, the store
// tells the kind; given options it cannot read, nothing does.
func (a *pkgAnalysis) constructedStore(call *ast.CallExpr, fn *types.Func) storeKind {
	k := storeConstructorKind(fn)
	field, conditional := defaultStoreIndex.of(fn)
	if k == storeUnknown || !conditional {
		return k
	}
	for _, arg := range call.Args {
		arg = ast.Unparen(arg)
		if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
			arg = ast.Unparen(u.X)
		}
		lit, ok := arg.(*ast.CompositeLit)
		if !ok || !isType(a.pass.TypesInfo.TypeOf(lit), field.Type, false) {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return storeUnknown // positional fields: the store is among them
			}
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field.Name {
				return storeUnknown // the store is given
			}
		}
		if a.assignsField(field) {
			return storeUnknown
		}
		return k
	}
	return storeUnknown
}

// assignsField reports whether the package assigns the field somewhere,
// through any selector that reaches it (embedded structs included).
func (a *pkgAnalysis) assignsField(field knowledge.Field) bool {
	for cur := range a.inspect.Root().Preorder((*ast.AssignStmt)(nil)) {
		for _, lhs := range cur.Node().(*ast.AssignStmt).Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			if s, ok := a.pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.FieldVal &&
				s.Obj().Name() == field.Name && pkgPath(s.Obj().Pkg()) == field.Type.Pkg {
				return true
			}
		}
	}
	return false
}

// isSessionStorage reports whether fun, a method value, is called on the
// storage field of a session store (see sessionStorageFields).
func (a *pkgAnalysis) isSessionStorage(fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	field, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	t := a.pass.TypesInfo.TypeOf(field.X)
	for owner, name := range sessionStorageFields {
		if field.Sel.Name == name && a.isOneOf(t, []typeName{owner}) {
			return true
		}
	}
	return false
}

// denyListWrites are the method names that add to a collection or store:
// called with an argument on a deny-list (see isDenyList), they put the
// credential on it.
var denyListWrites = map[string]bool{
	"Add": true, "Set": true, "Store": true, "Put": true, "Insert": true, "Push": true, "Append": true,
	"LoadOrStore": true, "Save": true, "Create": true, "Mark": true, "Ban": true, "Block": true,
	"Revoke": true, "Invalidate": true, "SAdd": true, "HSet": true, "HSetNX": true, "SetEx": true,
	"SetEX": true, "SetNX": true, "ZAdd": true, "LPush": true, "RPush": true,
}

// isDenyListWrite reports whether call writes into a deny-list: a method
// such as Add or Store, given an argument, on a variable or field whose
// name matches -deny-lists (invalidatedTokens.Add(tok, exp)), or, on the
// app's own storage, given a deny-list key as its first string argument
// (kv.Set("jwt_revoke_"+id, true, ttl); see isDenyListKey).
func (a *pkgAnalysis) isDenyListWrite(call *ast.CallExpr, fn *types.Func) bool {
	if len(call.Args) == 0 || fn.Signature().Recv() == nil || !denyListWrites[fn.Name()] {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if ok && a.isDenyList(sel.X) {
		return true
	}
	if fn.Pkg() == nil || knownPackages[pkgPath(fn.Pkg())] || !a.inModule(fn.Pkg()) {
		return false // a library's writes are in its profile (StorageKeyWrite)
	}
	for _, arg := range call.Args {
		if b, ok := typeUnder(a.pass.TypesInfo.TypeOf(arg)).(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return a.isDenyListKey(arg)
		}
	}
	return false
}

// isDenyList reports whether e is a variable or field named like a
// deny-list.
func (a *pkgAnalysis) isDenyList(e ast.Expr) bool {
	if a.settings.denyLists == nil {
		return false
	}
	name, ok := a.varName(e)
	return ok && a.settings.denyLists.MatchString(name)
}

// varName returns the name of the variable or field e denotes
// (revoked, s.revoked).
func (a *pkgAnalysis) varName(e ast.Expr) (string, bool) {
	var name string
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		name = x.Name
	case *ast.SelectorExpr:
		name = x.Sel.Name
	default:
		return "", false
	}
	_, isVar := a.objOf(e).(*types.Var)
	return name, isVar
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// tracked reports whether an effect acts on one session value whose
// identity matters (see splitSessions).
func tracked(e effect) bool {
	return e == effMark || e == effClearPending || e == effSave
}

// sessionVar returns the variable of a session type at the root of e
// (auth in auth.Options.MaxAge, sess in sess.Save), or nil.
func (a *pkgAnalysis) sessionVar(e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
				if v, ok := a.objOf(id).(*types.Var); ok && a.isOneOf(v.Type(), sessionTypes) {
					return v
				}
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.Ident:
			if v, ok := a.objOf(x).(*types.Var); ok && a.isOneOf(v.Type(), sessionTypes) {
				return v
			}
			return nil
		default:
			return nil
		}
	}
}

// splitSessions handles handlers with several sessions (an auth session
// and a flash session): a save writes only its own session, so a save of
// a session that nothing marked or wiped does not save the marks of
// another. It applies only where every mark, wipe and save of the body
// names its session variable and no call to a summarised helper may
// save or mark one; otherwise the ops are left as they are (one state
// per path).
func splitSessions(blocks [][]op, deferred []op) {
	marked := map[types.Object]bool{}
	vars := map[types.Object]bool{}
	ok := true
	visit := func(o op) {
		switch {
		case o.sum != 0 || o.local != nil:
			ok = false
		case tracked(o.eff):
			if o.recv == nil {
				ok = false
				return
			}
			vars[o.recv] = true
			if o.eff != effSave && !o.fresh {
				marked[o.recv] = true
			}
		}
	}
	for _, b := range blocks {
		for _, o := range b {
			visit(o)
		}
	}
	for _, o := range deferred {
		visit(o)
	}
	if !ok || len(vars) < 2 || len(marked) == 0 {
		return
	}
	drop := func(list []op) {
		for i, o := range list {
			if o.eff == effSave && !o.fresh && !marked[o.recv] {
				list[i].eff = effNone
			}
		}
	}
	for _, b := range blocks {
		drop(b)
	}
	drop(deferred)
}
