package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"strings"

	"github.com/logoutcheck/logoutcheck/analyzer/knowledge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// routeOf returns the route API that call invokes, if any.
func (a *pkgAnalysis) routeOf(call *ast.CallExpr) (routeAPI, bool) {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return routeAPI{}, false
	}
	return routeIndex.of(fn)
}

// findRoutes adds to cs every handler registered on a logout-like route.
// Prefixes of groups, sub-routers, callbacks and mounted routers are
// followed through variables first, then routes are matched.
func (a *pkgAnalysis) findRoutes(cs *candidates) {
	prefixes := map[types.Object]string{}
	// Two rounds settle prefixes whose definitions come after their use
	// in source order (a callback declared above the Route call).
	for range 2 {
		for cur := range a.inspect.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil)) {
			a.recordPrefixes(cur.Node(), prefixes)
		}
	}
	for cur := range a.inspect.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		r, ok := a.routeOf(call)
		if !ok {
			continue
		}
		switch r.Kind {
		case routeHandler:
			if r.Path >= len(call.Args) || r.Arg >= len(call.Args) {
				continue
			}
			var pattern string
			if r.Path >= 0 {
				s, ok := a.stringConst(call.Args[r.Path])
				if !ok {
					// a computed base path before a constant tail
					// (BasePath+"/logout"): the tail is the route's own
					if s, ok = a.pathTail(call.Args[r.Path]); !ok {
						continue // a computed path: nothing to match
					}
				}
				pattern = s
			}
			base := joinPath(a.groupPrefix(cur, call, prefixes), a.prefixOf(router(call, r), prefixes))
			h := call.Args[r.Arg]
			if r.Last {
				h = call.Args[len(call.Args)-1]
			}
			a.route(cs, pattern, base, h)
		case routeCtrl:
			if r.Path >= len(call.Args) || r.Arg >= len(call.Args) {
				continue
			}
			s, ok := a.stringConst(call.Args[r.Path])
			if !ok {
				continue
			}
			a.controllerRoute(cs, s, a.prefixOf(router(call, r), prefixes), call.Args[r.Arg], call.Args[min(r.Mapping, len(call.Args)):])
		case routeResource:
			if r.Path >= len(call.Args) || r.Arg >= len(call.Args) {
				continue
			}
			if s, ok := a.stringConst(call.Args[r.Path]); ok {
				a.resourceRoutes(cs, joinPath(a.prefixOf(router(call, r), prefixes), s), call.Args[r.Arg], r.Actions)
			}
		case routeTagged:
			base := a.prefixOf(router(call, r), prefixes)
			for _, arg := range call.Args[min(r.Arg, len(call.Args)):] {
				a.taggedRoutes(cs, base, arg, r.Tagged)
			}
		case routeLiteral:
			if r.Path < 0 || r.Path >= len(call.Args) || r.Arg >= len(call.Args) {
				continue
			}
			lit, ok := ast.Unparen(call.Args[r.Path]).(*ast.CompositeLit)
			if !ok {
				continue // an operation built elsewhere: its path is not seen
			}
			path, method, h := a.routeLiteralFields(lit)
			if r.Arg != r.Path {
				h = call.Args[r.Arg] // the literal describes the route, the handler comes apart
			}
			if method != "" {
				path = method + " " + path
			}
			a.route(cs, path, a.prefixOf(router(call, r), prefixes), h)
		}
	}
}

// setPrefix records that obj holds a router with prefix p.
func setPrefix(prefixes map[types.Object]string, obj types.Object, p string) {
	if obj != nil && p != "" {
		prefixes[obj] = p
	}
}

// recordPrefixes records the router prefixes that one node establishes.
func (a *pkgAnalysis) recordPrefixes(n ast.Node, prefixes map[types.Object]string) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i, rhs := range n.Rhs {
				setPrefix(prefixes, a.objOf(n.Lhs[i]), a.prefixOf(rhs, prefixes))
			}
		}
	case *ast.ValueSpec:
		for i, v := range n.Values {
			if i < len(n.Names) {
				setPrefix(prefixes, a.pass.TypesInfo.Defs[n.Names[i]], a.prefixOf(v, prefixes))
			}
		}
	case *ast.CallExpr:
		r, ok := a.routeOf(n)
		if !ok || (r.Kind != routeCallback && r.Kind != routeMount) || r.Path >= len(n.Args) || r.Arg >= len(n.Args) {
			return
		}
		s, _ := a.stringConst(n.Args[r.Path])
		p := joinPath(a.prefixOf(router(n, r), prefixes), s)
		arg := ast.Unparen(n.Args[r.Arg])
		if r.Kind == routeCallback {
			// the callback's router parameter: a literal or a declared func
			var ft *ast.FuncType
			switch f := arg.(type) {
			case *ast.FuncLit:
				ft = f.Type
			case *ast.Ident, *ast.SelectorExpr:
				if fn, ok := a.objOf(f).(*types.Func); ok {
					if d := a.funcDecls[fn.Origin()]; d != nil {
						ft = d.Type
					}
				}
			}
			if ft != nil && ft.Params.NumFields() > 0 && len(ft.Params.List[0].Names) > 0 {
				setPrefix(prefixes, a.pass.TypesInfo.Defs[ft.Params.List[0].Names[0]], p)
			}
			return
		}
		// a mounted router: a variable, or the router a local factory returns
		switch arg := arg.(type) {
		case *ast.Ident, *ast.SelectorExpr:
			setPrefix(prefixes, a.objOf(arg), p)
		case *ast.CallExpr:
			if fn := typeutil.StaticCallee(a.pass.TypesInfo, arg); fn != nil {
				if d := a.funcDecls[fn.Origin()]; d != nil && d.Body != nil {
					ast.Inspect(d.Body, func(n ast.Node) bool {
						if ret, ok := n.(*ast.ReturnStmt); ok {
							for _, res := range ret.Results {
								if id, ok := ast.Unparen(res).(*ast.Ident); ok {
									setPrefix(prefixes, a.objOf(id), p)
								}
							}
						}
						_, lit := n.(*ast.FuncLit)
						return !lit
					})
				}
			}
		}
	}
}

// prefixOf returns the path prefix of a router expression: a variable with
// a recorded prefix, a group or sub-router call, or another method of a
// router package called on one (chi's With, mux's Methods).
func (a *pkgAnalysis) prefixOf(e ast.Expr, prefixes map[types.Object]string) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		if p, ok := prefixes[a.objOf(e)]; ok {
			return p
		}
	case *ast.CallExpr:
		if r, ok := a.routeOf(e); ok {
			if r.Kind == routeHandler && r.Path < 0 {
				// a route on its receiver's path returns that route, for
				// more methods: Combo("/logout").Get(h).Post(h)
				return a.prefixOf(receiver(e), prefixes)
			}
			if r.Kind != routeGroup {
				return ""
			}
			p := a.prefixOf(router(e, r), prefixes)
			if r.Path >= 0 && r.Path < len(e.Args) {
				s, _ := a.stringConst(e.Args[r.Path])
				p = joinPath(p, s)
			}
			return p
		}
		if fn, ok := typeutil.Callee(a.pass.TypesInfo, e).(*types.Func); ok && fn.Pkg() != nil &&
			routerPackages[pkgPath(fn.Pkg())] && fn.Signature().Recv() != nil {
			return a.prefixOf(receiver(e), prefixes)
		}
	}
	return ""
}

// router returns the router expression of a call of route API r: its
// first argument for a function given the router, else its receiver.
func router(call *ast.CallExpr, r routeAPI) ast.Expr {
	if r.RouterArg {
		if len(call.Args) == 0 {
			return nil
		}
		return call.Args[0]
	}
	return receiver(call)
}

// groupPrefix returns the prefix that route callbacks with no router
// parameter give the route call at cur: a callback given to a router's
// Group(path, func() { r.Get(…) }) adds the routes it registers on that
// same router under path, for as long as it runs. The innermost such
// callback around the call, called on the router the call's chain
// starts from, gives the prefix (its own call's included).
func (a *pkgAnalysis) groupPrefix(cur inspector.Cursor, call *ast.CallExpr, prefixes map[types.Object]string) string {
	root := a.objOf(chainRoot(call))
	if root == nil {
		return ""
	}
	for c := cur.Parent(); c.Node() != nil; c = c.Parent() {
		lit, ok := c.Node().(*ast.FuncLit)
		if !ok || lit.Type.Params.NumFields() > 0 {
			continue
		}
		outer, ok := c.Parent().Node().(*ast.CallExpr)
		if !ok {
			continue
		}
		r, ok := a.routeOf(outer)
		if !ok || r.Kind != routeCallback || r.Arg >= len(outer.Args) || r.Path < 0 || r.Path >= len(outer.Args) || ast.Unparen(outer.Args[r.Arg]) != lit || a.objOf(chainRoot(outer)) != root {
			continue
		}
		s, _ := a.stringConst(outer.Args[r.Path])
		return joinPath(joinPath(a.groupPrefix(c.Parent(), outer, prefixes), a.prefixOf(receiver(outer), prefixes)), s)
	}
	return ""
}

// chainRoot returns the expression a chain of method calls starts from:
// f for f.Combo("/x").Get(h), or nil.
func chainRoot(call *ast.CallExpr) ast.Expr {
	e := receiver(call)
	for {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return e
		}
		e = receiver(c)
	}
}

// receiver returns the receiver expression of a method call, or nil.
func receiver(call *ast.CallExpr) ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// routeLiteralFields reads Path, Method and Handler from a route literal.
func (a *pkgAnalysis) routeLiteralFields(lit *ast.CompositeLit) (path, method string, handler ast.Expr) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, _ := kv.Key.(*ast.Ident)
		if key == nil {
			continue
		}
		switch key.Name {
		case "Path":
			path, _ = a.stringConst(kv.Value)
		case "Method":
			method, _ = a.stringConst(kv.Value)
		case "Handler":
			handler = kv.Value
		}
	}
	return path, method, handler
}

// route adds the handlers of one registration if its path is logout-like.
func (a *pkgAnalysis) route(cs *candidates, pattern, base string, h ast.Expr) {
	if h == nil {
		return
	}
	method, p := splitPattern(pattern)
	full := joinPath(base, p)
	phrase := a.matchPath(full)
	if phrase == "" {
		return
	}
	shown := full
	if method != "" {
		shown = method + " " + full
	}
	a.addRouted(cs, fmt.Sprintf("registered on route %q", shown), a.handlersOf(h, 0), h)
}

// addRouted adds the handlers refs of a registration at site to cs.
func (a *pkgAnalysis) addRouted(cs *candidates, reason string, refs handlerRefs, site ast.Expr) {
	for _, node := range refs.nodes {
		label := ""
		if d, ok := node.(*ast.FuncDecl); ok {
			label = a.declLabel(d)
		}
		cs.add(node, label, reason)
		cs.byNode[node].routed = true
	}
	for _, fn := range refs.foreign {
		cs.addForeign(fn, site, reason, false)
	}
	for _, fn := range refs.factories {
		cs.addForeign(fn, site, reason, true)
	}
}

// controllerRoute adds the methods of a controller registered on a
// logout-like path: those the mapping strings name ("get:Logout",
// "get,post:Logout;put:Update", "*:Logout"), or else the controller's
// HTTP-method handlers (Get, Post, …) that its type declares. A mapping
// that is not a constant could name any method: nothing is added.
func (a *pkgAnalysis) controllerRoute(cs *candidates, pattern, base string, ctrl ast.Expr, mapping []ast.Expr) {
	full := joinPath(base, pattern)
	phrase := a.matchPath(full)
	t := a.pass.TypesInfo.TypeOf(ctrl)
	if phrase == "" || t == nil {
		return
	}
	shape := controllerShapeOf(t)
	if shape == nil {
		return
	}
	type action struct{ method, name string } // HTTP method ("" for any), Go method
	var actions []action
	for _, m := range mapping {
		s, ok := a.stringConst(m)
		if !ok {
			return
		}
		for _, rule := range strings.Split(s, ";") {
			verbs, name, ok := strings.Cut(rule, ":")
			if !ok {
				continue
			}
			for _, v := range strings.Split(verbs, ",") {
				if v = strings.TrimSpace(v); v == "*" {
					v = ""
				}
				actions = append(actions, action{strings.ToUpper(v), strings.TrimSpace(name)})
			}
		}
	}
	if len(mapping) == 0 {
		for _, v := range shape.Verbs {
			actions = append(actions, action{strings.ToUpper(v), v})
		}
	}
	for _, act := range actions {
		obj, _, _ := types.LookupFieldOrMethod(t, true, a.pass.Pkg, act.name)
		fn, ok := obj.(*types.Func)
		if !ok || controllerShape(fn.Signature()) == nil {
			continue // not a method of the app's controller: the framework's default
		}
		shown := full
		if act.method != "" {
			shown = act.method + " " + full
		}
		a.addRouted(cs, fmt.Sprintf("registered on route %q", shown), a.funcRef(fn), ctrl)
	}
}

// resourceRoutes adds the methods of a resource registered under base
// whose routes (see knowledge.RouteResource) are logout-like.
func (a *pkgAnalysis) resourceRoutes(cs *candidates, base string, res ast.Expr, actions []knowledge.Action) {
	t := a.pass.TypesInfo.TypeOf(res)
	if t == nil {
		return
	}
	for _, act := range actions {
		full := joinPath(base, act.Suffix)
		if a.matchPath(full) == "" {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, a.pass.Pkg, act.Name)
		fn, ok := obj.(*types.Func)
		if !ok || !isHandlerSig(fn.Signature(), a.pass.Pkg) {
			continue
		}
		a.addRouted(cs, fmt.Sprintf("registered on route %q", act.Method+" "+full), a.funcRef(fn), res)
	}
}

// taggedRoutes adds the handlers that arg registers on a route its
// request type's tag gives (see knowledge.RouteTagged): a function or
// method value, or an object whose exported methods are the handlers.
// base is the router's prefix.
func (a *pkgAnalysis) taggedRoutes(cs *candidates, base string, arg ast.Expr, keys knowledge.TagKeys) {
	var fns []*types.Func
	if f := a.funcValue(arg); f != nil {
		if fn, ok := a.objOf(f).(*types.Func); ok {
			fns = append(fns, fn)
		}
	} else if t := a.pass.TypesInfo.TypeOf(arg); t != nil {
		ms := types.NewMethodSet(t)
		for i := range ms.Len() {
			if fn, ok := ms.At(i).Obj().(*types.Func); ok && fn.Exported() {
				fns = append(fns, fn)
			}
		}
	}
	for _, fn := range fns {
		tag, ok := requestTag(fn.Signature(), keys.Type)
		if !ok {
			continue
		}
		p, found := tag.Lookup(keys.Path)
		if !found {
			continue
		}
		full := joinPath(base, p)
		if a.matchPath(full) == "" {
			continue
		}
		shown := full
		if m := tag.Get(keys.Method); m != "" {
			shown = strings.ToUpper(m) + " " + full
		}
		a.addRouted(cs, fmt.Sprintf("registered on route %q", shown), a.funcRef(fn), arg)
	}
}

// requestTag returns the tag of the field of type tn that the struct of a
// parameter of sig embeds (directly or through embedded structs).
func requestTag(sig *types.Signature, tn typeName) (reflect.StructTag, bool) {
	for v := range sig.Params().Variables() {
		if tag, ok := embeddedTag(v.Type(), tn, 0); ok {
			return tag, true
		}
	}
	return "", false
}

func embeddedTag(t types.Type, tn typeName, depth int) (reflect.StructTag, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth > 3 {
		return "", false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		if isType(f.Type(), tn, false) {
			return reflect.StructTag(st.Tag(i)), true
		}
		if tag, ok := embeddedTag(f.Type(), tn, depth+1); ok {
			return tag, true
		}
	}
	return "", false
}

// splitPattern splits a Go 1.22 ServeMux pattern "POST host/path" into
// its method and path; other routers' paths come back unchanged.
func splitPattern(pattern string) (method, p string) {
	pattern = strings.TrimSpace(pattern)
	if m, rest, ok := strings.Cut(pattern, " "); ok && !strings.Contains(m, "/") {
		method, pattern = m, strings.TrimSpace(rest)
	}
	if i := strings.Index(pattern, "/"); i > 0 {
		pattern = pattern[i:] // drop a host
	}
	return method, pattern
}

func joinPath(prefix, p string) string {
	if prefix == "" {
		return p
	}
	if p == "" {
		return prefix
	}
	j := path.Join(prefix, p)
	if strings.HasSuffix(p, "/") && !strings.HasSuffix(j, "/") {
		j += "/"
	}
	return j
}

// resolveHandler returns the handler functions of this package that an
// expression passed as a handler stands for (see handlersOf).
func (a *pkgAnalysis) resolveHandler(e ast.Expr, depth int) []ast.Node {
	return a.handlersOf(e, depth).nodes
}

// handlerRefs are the handlers an expression stands for: functions and
// literals of this package, and functions declared in other packages
// (judged through their handlerFact).
type handlerRefs struct {
	nodes   []ast.Node    // *ast.FuncDecl or *ast.FuncLit
	foreign []*types.Func // declared in another package
	// factories are functions of another package called here, whose
	// result is the handler: handler.Logout() returning a closure
	factories []*types.Func
}

func (r *handlerRefs) add(o handlerRefs) {
	r.nodes = append(r.nodes, o.nodes...)
	r.foreign = append(r.foreign, o.foreign...)
	r.factories = append(r.factories, o.factories...)
}

func (r *handlerRefs) empty() bool {
	return len(r.nodes) == 0 && len(r.foreign) == 0 && len(r.factories) == 0
}

// handlersOf returns the handlers an expression passed as a handler
// stands for: a literal, a declared function or method value, a variable
// holding a literal, a conversion, a middleware call wrapping any of
// these, an adapter call given the handler as a function of another
// signature, a factory call, or a value of a type with a ServeHTTP method.
func (a *pkgAnalysis) handlersOf(e ast.Expr, depth int) handlerRefs {
	var refs handlerRefs
	if depth > 4 || e == nil {
		return refs
	}
	info := a.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		if a.isHandlerExpr(e) {
			refs.nodes = []ast.Node{e}
		}
		return refs
	case *ast.UnaryExpr:
		return a.handlersOf(e.X, depth+1)
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := a.objOf(e).(type) {
		case *types.Func:
			if isHandlerSig(obj.Signature(), obj.Pkg()) {
				return a.funcRef(obj)
			}
			return refs
		case *types.Var:
			if lit := a.varLits[obj]; lit != nil {
				refs.nodes = []ast.Node{lit}
				return refs
			}
		}
	case *ast.CallExpr:
		if a.isConversion(e) && len(e.Args) == 1 {
			if out := a.handlersOf(e.Args[0], depth+1); !out.empty() {
				return out
			}
			break
		}
		// a middleware call: the handler is among its arguments
		for _, arg := range e.Args {
			refs.add(a.handlersOf(arg, depth+1))
		}
		if !refs.empty() {
			return refs
		}
		// an adapter (Adapt(HandleLogout), ToHTTPHandler(deps, h)): the
		// function it is given is the handler, whatever its signature,
		// and the closure the adapter returns, shared by every route it
		// wraps, never is
		if f := a.adaptedFunc(e); f != nil {
			if lit, ok := f.(*ast.FuncLit); ok {
				refs.nodes = []ast.Node{lit}
				return refs
			}
			if fn, ok := a.objOf(f).(*types.Func); ok {
				return a.funcRef(fn)
			}
			return refs
		}
		// a factory: the handlers it returns
		if fn := typeutil.StaticCallee(info, e); fn != nil {
			fn = fn.Origin()
			if d := a.funcDecls[fn]; d != nil && d.Body != nil {
				if out := a.returnedHandlers(d, depth); out != nil {
					refs.nodes = out
					return refs
				}
			} else if fn.Pkg() != nil && fn.Pkg() != a.pass.Pkg && isFactorySig(fn.Signature(), fn.Pkg()) {
				// a factory of another package: judged through its
				// handlerFact, which describes the handler it returns
				refs.factories = []*types.Func{fn}
				return refs
			}
		}
	}
	// a value whose type has a ServeHTTP method declared here
	if t := info.TypeOf(e); t != nil {
		if fn := serveHTTP(t); fn != nil {
			if d := a.funcDecls[fn.Origin()]; d != nil {
				refs.nodes = []ast.Node{d}
			}
		}
	}
	return refs
}

// funcRef returns a declared function as a handler: its declaration if
// it is declared in this package, or the function if it is declared in
// another one.
func (a *pkgAnalysis) funcRef(fn *types.Func) handlerRefs {
	var refs handlerRefs
	fn = fn.Origin()
	switch {
	case a.funcDecls[fn] != nil:
		refs.nodes = []ast.Node{a.funcDecls[fn]}
	case fn.Pkg() != nil && fn.Pkg() != a.pass.Pkg:
		refs.foreign = []*types.Func{fn}
	}
	return refs
}

// adaptedFunc returns the argument of an adapter call that is the
// handler: a function value (a literal, or a declared function or method,
// also converted to a function type) that may be a handler (mayBeHandler),
// or else the first function value, as adapters take the handler before
// other functions (ToHTTPHandler(deps, h, middleware...), Web(h, level)).
// It returns nil if no argument is a function value.
func (a *pkgAnalysis) adaptedFunc(call *ast.CallExpr) ast.Expr {
	var first ast.Expr
	for _, arg := range call.Args {
		f := a.funcValue(arg)
		if f == nil {
			continue
		}
		if sig, ok := a.pass.TypesInfo.TypeOf(f).(*types.Signature); ok && mayBeHandler(sig, a.funcPkg(f)) {
			return f
		}
		if first == nil {
			first = f
		}
	}
	return first
}

// funcValue returns the literal or the function name that e is, seen
// through parentheses and conversions, or nil.
func (a *pkgAnalysis) funcValue(e ast.Expr) ast.Expr {
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return e
	case *ast.Ident, *ast.SelectorExpr:
		if _, ok := a.objOf(e).(*types.Func); ok {
			return e
		}
	case *ast.CallExpr:
		if a.isConversion(e) && len(e.Args) == 1 {
			return a.funcValue(e.Args[0])
		}
	}
	return nil
}

// funcPkg returns the package that declares a function value funcValue
// returned: this one for a literal.
func (a *pkgAnalysis) funcPkg(f ast.Expr) *types.Package {
	if obj := a.objOf(f); obj != nil {
		return obj.Pkg()
	}
	return a.pass.Pkg
}

// objOf returns the object an identifier or selector refers to.
func (a *pkgAnalysis) objOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := a.pass.TypesInfo.Uses[e]; obj != nil {
			return obj
		}
		return a.pass.TypesInfo.Defs[e]
	case *ast.SelectorExpr:
		return a.pass.TypesInfo.Uses[e.Sel]
	}
	return nil
}

// stringConst returns the value of a constant string expression.
// pathTail returns the constant end of a path computed as a
// concatenation whose last operand is a constant that starts a path
// segment (cfg.BasePath + "/logout"), or false.
func (a *pkgAnalysis) pathTail(e ast.Expr) (string, bool) {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.ADD {
		return "", false
	}
	s, ok := a.stringConst(b.Y)
	return s, ok && strings.HasPrefix(s, "/")
}

func (a *pkgAnalysis) stringConst(e ast.Expr) (string, bool) {
	tv, ok := a.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
