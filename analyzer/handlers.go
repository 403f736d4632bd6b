package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ast/inspector"
)

// A candidate is a logout-like HTTP handler: a declared function or method,
// or a function literal.
type candidate struct {
	node    ast.Node // *ast.FuncDecl or *ast.FuncLit
	label   string   // the name shown in messages; "" for an anonymous literal
	reasons []string // why it is logout-like, first found first
	routed  bool     // registered on a logout route of this package
}

func (h *candidate) name() string {
	if h.label == "" {
		return "func literal"
	}
	return h.label
}

func (h *candidate) body() *ast.BlockStmt {
	switch fn := h.node.(type) {
	case *ast.FuncDecl:
		return fn.Body
	case *ast.FuncLit:
		return fn.Body
	}
	return nil
}

// candidates collects the package's logout-like handlers, keyed by node,
// in source order.
type candidates struct {
	byNode  map[ast.Node]*candidate
	order   []*candidate
	foreign []foreignHandler // handlers of other packages on logout routes
}

func (cs *candidates) add(node ast.Node, label, reason string) {
	if c, ok := cs.byNode[node]; ok {
		c.reasons = append(c.reasons, reason)
		if c.label == "" {
			c.label = label
		}
		return
	}
	c := &candidate{node: node, label: label, reasons: []string{reason}}
	cs.byNode[node] = c
	cs.order = append(cs.order, c)
}

// findCandidates finds logout-like handlers by name: declared handlers,
// handler types' ServeHTTP methods, literals assigned to logout-like names,
// and literals returned by logout-like factories.
func (a *pkgAnalysis) findCandidates() *candidates {
	cs := &candidates{byNode: map[ast.Node]*candidate{}}
	for cur := range a.inspect.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if a.generated[a.pass.Fset.File(cur.Node().Pos())] {
			continue // never report in generated files
		}
		switch fn := cur.Node().(type) {
		case *ast.FuncDecl:
			a.declCandidate(cs, fn)
		case *ast.FuncLit:
			if !a.isHandlerExpr(fn) {
				continue
			}
			if label, phrase := a.litName(cur); phrase != "" {
				cs.add(fn, label, fmt.Sprintf("assigned to %s, which matches %q", label, phrase))
			}
		}
	}
	return cs
}

func (a *pkgAnalysis) declCandidate(cs *candidates, fn *ast.FuncDecl) {
	obj, _ := a.pass.TypesInfo.Defs[fn.Name].(*types.Func)
	if obj == nil || fn.Body == nil {
		return
	}
	sig := obj.Signature()
	if isHandlerSig(sig, a.pass.Pkg) {
		if phrase := a.matchName(handlerName(obj)); phrase != "" {
			cs.add(fn, a.declLabel(fn), fmt.Sprintf("name matches %q", phrase))
		}
		return
	}
	// a handler factory: the handlers it returns take its name
	phrase := a.matchName(fn.Name.Name)
	if phrase == "" || !returnsHandler(sig, a.pass.Pkg) {
		return
	}
	for _, h := range a.returnedHandlers(fn, 0) {
		label := fn.Name.Name
		if d, ok := h.(*ast.FuncDecl); ok {
			label = a.declLabel(d)
		}
		cs.add(h, label, fmt.Sprintf("returned by %s, which matches %q", fn.Name.Name, phrase))
	}
}

// handlerName returns the name that says what a handler handles: its
// own, or for a handler type's ServeHTTP or a controller's method for an
// HTTP method, its type's name.
func handlerName(fn *types.Func) string {
	sig := fn.Signature()
	if sig.Recv() != nil && (fn.Name() == "ServeHTTP" || isVerbMethod(sig, fn.Name())) {
		if n := namedOf(sig.Recv().Type()); n != nil {
			return n.Obj().Name()
		}
	}
	return fn.Name()
}

// declLabel returns the name a declared handler is shown by: its name, or
// Type.ServeHTTP for a handler type's method.
func (a *pkgAnalysis) declLabel(fn *ast.FuncDecl) string {
	if fn.Recv != nil && len(fn.Recv.List) == 1 {
		obj, _ := a.pass.TypesInfo.Defs[fn.Name].(*types.Func)
		if fn.Name.Name == "ServeHTTP" || obj != nil && isVerbMethod(obj.Signature(), fn.Name.Name) {
			if n := namedOf(a.pass.TypesInfo.TypeOf(fn.Recv.List[0].Type)); n != nil {
				return n.Obj().Name() + "." + fn.Name.Name
			}
		}
	}
	return fn.Name.Name
}

// isVerbMethod reports whether a method is a controller's handler for an
// HTTP method (Get, Post, …), which routes call when they name no method.
func isVerbMethod(sig *types.Signature, name string) bool {
	shape := controllerShape(sig)
	return shape != nil && slices.Contains(shape.Verbs, name)
}

// litName returns the name a handler literal is known by (the variable,
// field or key it is assigned to) and the logout phrase that name matches.
func (a *pkgAnalysis) litName(cur inspector.Cursor) (label, phrase string) {
	// step out of conversions such as http.HandlerFunc(func...)
	child := cur
	parent := cur.Parent()
	for {
		if p, ok := parent.Node().(*ast.ParenExpr); ok {
			child, parent = parent, parent.Parent()
			_ = p
			continue
		}
		if call, ok := parent.Node().(*ast.CallExpr); ok && len(call.Args) == 1 && a.isConversion(call) {
			child, parent = parent, parent.Parent()
			continue
		}
		break
	}
	var nameExpr ast.Expr
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		for i, rhs := range p.Rhs {
			if rhs == child.Node() && i < len(p.Lhs) {
				nameExpr = p.Lhs[i]
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == child.Node() && i < len(p.Names) {
				nameExpr = p.Names[i]
			}
		}
	case *ast.KeyValueExpr:
		if p.Value == child.Node() {
			nameExpr = p.Key
		}
	}
	switch e := nameExpr.(type) {
	case *ast.Ident:
		label = e.Name
	case *ast.SelectorExpr:
		label = e.Sel.Name
	case *ast.BasicLit:
		label = strings.Trim(e.Value, "`\"")
	case *ast.IndexExpr:
		// handlers["logout"] = func...
		label, _ = a.stringConst(e.Index)
		if label == "" {
			return "", ""
		}
	default:
		return "", ""
	}
	return label, a.matchName(label)
}

// returnedHandlers returns the handlers a factory's return statements
// produce (literals, or declared handlers they name).
func (a *pkgAnalysis) returnedHandlers(fn *ast.FuncDecl, depth int) []ast.Node {
	var out []ast.Node
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // returns inside literals are theirs
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				out = append(out, a.resolveHandler(r, depth+1)...)
			}
		}
		return true
	})
	return out
}

// isHandlerExpr reports whether the function literal has a handler signature.
func (a *pkgAnalysis) isHandlerExpr(lit *ast.FuncLit) bool {
	sig, _ := a.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	return sig != nil && isHandlerSig(sig, a.pass.Pkg)
}

func (a *pkgAnalysis) isConversion(call *ast.CallExpr) bool {
	tv, ok := a.pass.TypesInfo.Types[call.Fun]
	return ok && tv.IsType()
}

// isHandlerSig reports whether a signature makes a function declared in
// pkg an HTTP handler of one of the known frameworks. With a nil pkg,
// shapes that need an import of their framework (see shapeApplies) make
// no handlers.
func isHandlerSig(sig *types.Signature, pkg *types.Package) bool {
	for _, shape := range handlerShapes {
		if shape.Controller.Pkg == "" && hasShapeParams(sig, shape) && shapeApplies(shape, pkg) {
			return true
		}
	}
	return controllerShape(sig) != nil
}

// shapeApplies reports whether a shape makes handlers of functions
// declared in pkg: a generic shape, whose parameters name no type of its
// framework, only where pkg imports the framework.
func shapeApplies(shape handlerShape, pkg *types.Package) bool {
	if shape.Pkg == "" {
		return true
	}
	return pkg != nil && (pkgPath(pkg) == shape.Pkg || importsAny(pkg, map[string]bool{shape.Pkg: true}))
}

// controllerShape returns the controller shape of a method on a type that
// embeds a framework's controller, if the method has the parameters and
// results of that shape's handlers (none, unless the shape says
// otherwise), or nil.
func controllerShape(sig *types.Signature) *handlerShape {
	if sig.Recv() == nil {
		return nil
	}
	shape := controllerShapeOf(sig.Recv().Type())
	if shape == nil || sig.Params().Len() != 0 && !shape.ActionParams || sig.Results().Len() != len(shape.Results) || !hasResults(sig, shape.Results) {
		return nil
	}
	return shape
}

// controllerShapeOf returns the controller shape whose controller t (or
// *t) embeds, or nil. The framework's controller itself embeds nothing:
// its own methods are the defaults a route falls back to, no handlers.
func controllerShapeOf(t types.Type) *handlerShape {
	for i := range handlerShapes {
		if shape := &handlerShapes[i]; shape.Controller.Pkg != "" && embeds(t, shape.Controller, 0) {
			return shape
		}
	}
	return nil
}

// embeds reports whether the struct type t (or *t) has an embedded field
// of type tn or *tn, or of a struct type that embeds one.
func embeds(t types.Type, tn typeName, depth int) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth > 3 {
		return false
	}
	for f := range st.Fields() {
		if f.Embedded() && (isType(f.Type(), tn, false) || isType(f.Type(), tn, true) || embeds(f.Type(), tn, depth+1)) {
			return true
		}
	}
	return false
}

// hasShapeParams reports whether sig has every parameter type of shape,
// those that make no handler alone (Also) included, and the shape's
// results if it lists them.
func hasShapeParams(sig *types.Signature, shape handlerShape) bool {
	if !hasParams(sig, shape.Params) || !hasParams(sig, shape.Also) {
		return false
	}
	if len(shape.Results) == 0 && !shape.AnyResults {
		return hasNoValueResult(sig)
	}
	return hasResults(sig, shape.Results)
}

// hasNoValueResult reports whether sig returns nothing or only an error.
func hasNoValueResult(sig *types.Signature) bool {
	switch sig.Results().Len() {
	case 0:
		return true
	case 1:
		return returnsError(sig)
	}
	return false
}

// hasResults reports whether sig's results are of the types of results,
// in order; any results do if none are listed.
func hasResults(sig *types.Signature, results []paramType) bool {
	if len(results) == 0 {
		return true
	}
	if sig.Results().Len() != len(results) {
		return false
	}
	for i, want := range results {
		if !isParamType(sig.Results().At(i).Type(), want) {
			return false
		}
	}
	return true
}

// hasParams reports whether sig has a parameter of every type of params.
func hasParams(sig *types.Signature, params []paramType) bool {
	for _, want := range params {
		found := false
		for v := range sig.Params().Variables() {
			if isParamType(v.Type(), want) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// isParamType reports whether t is of a shape's parameter type.
func isParamType(t types.Type, want paramType) bool {
	switch {
	case want.Method != "":
		return hasMethodOf(t, want.Method, want.TypeName)
	case want.AnyStruct:
		return isStruct(t, want.Pointer)
	case want.Embeds:
		if p, ok := types.Unalias(t).(*types.Pointer); ok != want.Pointer {
			return false
		} else if ok {
			t = p.Elem()
		}
		return embeds(t, want.TypeName, 0)
	}
	return isType(t, want.TypeName, want.Pointer)
}

// isStruct reports whether t is a struct type (or a pointer to one),
// named or not.
func isStruct(t types.Type, pointer bool) bool {
	t = types.Unalias(t)
	if pointer {
		p, ok := t.(*types.Pointer)
		if !ok {
			return false
		}
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// hasMethodOf reports whether t has a method called name whose one result
// is of type tn.
func hasMethodOf(t types.Type, name string, tn typeName) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	res := fn.Signature().Results()
	return res.Len() == 1 && isType(res.At(0).Type(), tn, false)
}

// isExactHandlerSig reports whether a function declared in pkg can be
// registered as a handler as it is: a handler signature with no other
// parameters.
func isExactHandlerSig(sig *types.Signature, pkg *types.Package) bool {
	for _, shape := range handlerShapes {
		if shape.Controller.Pkg == "" && sig.Params().Len() == len(shape.Params)+len(shape.Also) && hasShapeParams(sig, shape) && shapeApplies(shape, pkg) {
			return true
		}
	}
	return controllerShape(sig) != nil
}

// returnsHandler reports whether a function declared in pkg returns a
// handler: a function with a handler signature, or a handler interface
// (http.Handler).
func returnsHandler(sig *types.Signature, pkg *types.Package) bool {
	for v := range sig.Results().Variables() {
		t := v.Type()
		if s, ok := t.Underlying().(*types.Signature); ok && isHandlerSig(s, pkg) {
			return true
		}
		if hasServeHTTP(t) || slices.ContainsFunc(handlerInterfaces, func(tn typeName) bool { return isType(t, tn, false) }) {
			return true
		}
	}
	return false
}

// hasServeHTTP reports whether t (or *t) has a ServeHTTP method.
func hasServeHTTP(t types.Type) bool {
	return serveHTTP(t) != nil
}

func serveHTTP(t types.Type) *types.Func {
	for _, tt := range []types.Type{t, types.NewPointer(t)} {
		obj, _, _ := types.LookupFieldOrMethod(tt, true, nil, "ServeHTTP")
		if fn, ok := obj.(*types.Func); ok && isHandlerSig(fn.Signature(), fn.Pkg()) {
			return fn
		}
	}
	return nil
}

// isType reports whether t is the named type tn (or a pointer to it).
func isType(t types.Type, tn typeName, pointer bool) bool {
	t = types.Unalias(t)
	if pointer {
		p, ok := t.(*types.Pointer)
		if !ok {
			return false
		}
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || tn.Name == "" {
		return false
	}
	obj := n.Origin().Obj()
	// the predeclared error has no package, and is named with none
	return (obj.Pkg() != nil || tn.Pkg == "") && pkgPath(obj.Pkg()) == tn.Pkg && obj.Name() == tn.Name
}

// namedOf returns the named type of t or *t, if any.
func namedOf(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, _ := t.(*types.Named)
	return n
}

// nonHandlerWords are words that, right after a logout phrase, say the name
// is about something else (LogoutURL, logoutButton).
var nonHandlerWords = map[string]bool{
	"url": true, "uri": true, "link": true, "href": true, "path": true, "route": true,
	"button": true, "text": true, "label": true, "msg": true, "message": true,
	"endpoint": true, "redirect": true, "tmpl": true, "template": true,
	"success": true, "done": true, "complete": true, "completed": true,
	"confirm": true, "confirmation": true, "prompt": true,
}

// matchName returns the logout phrase that the identifier contains as
// whole words, or "" if none.
func (a *pkgAnalysis) matchName(name string) string {
	return a.matchWords(splitWords(name))
}

// matchPath returns the logout phrase that a route path contains as whole
// words, or "" if none. Path parameters (":id", "{id}") are ignored.
func (a *pkgAnalysis) matchPath(path string) string {
	var words []string
	for _, seg := range strings.Split(path, "/") {
		if strings.HasPrefix(seg, ":") || strings.HasPrefix(seg, "{") || strings.HasPrefix(seg, "*") {
			continue
		}
		words = append(words, splitWords(seg)...)
	}
	return a.matchWords(words)
}

// matchWords returns the first vocabulary phrase found in words, unless
// the next word says the name is about something else (LogoutURL,
// /logout/success).
func (a *pkgAnalysis) matchWords(words []string) string {
	for _, phrase := range a.settings.vocabulary {
		for i := 0; i+len(phrase) <= len(words); i++ {
			if !hasWordsAt(words, i, phrase) {
				continue
			}
			if next := i + len(phrase); next < len(words) && nonHandlerWords[words[next]] {
				continue
			}
			return strings.Join(phrase, " ")
		}
	}
	return ""
}

func hasWordsAt(words []string, i int, phrase []string) bool {
	for j, w := range phrase {
		if words[i+j] != w {
			return false
		}
	}
	return true
}

// splitWords splits an identifier or path segment into lower-case words at
// camelCase boundaries, digits, and any other character:
// "userLogoutPost" -> user logout post, "sign_out" -> sign out,
// "HTTPSignOut" -> http sign out.
func splitWords(s string) []string {
	var words []string
	rs := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		if unicode.IsUpper(r) {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsUpper(prev) && nextLower {
				flush(i)
				start = i
			}
		}
	}
	flush(len(rs))
	return words
}
