package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/logoutcheck/logoutcheck/analyzer/knowledge"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// A handlerFrame is what a fix needs to know about the handler it edits.
type handlerFrame struct {
	fnType  *ast.FuncType
	body    *ast.BlockStmt
	shape   *handlerShape // the shape that makes it a handler, whose fix expressions it uses
	w, r, c string        // names of the ResponseWriter, *http.Request and framework context parameters
	results *types.Tuple
	sig     *types.Signature
}

// A fixPlan is one candidate repair: the statements to insert and what
// they do to the session, to check that they remove the finding.
type fixPlan struct {
	message string
	stmts   []string
	ops     []op
}

// suggestFix returns the repair for a finding, when it is unambiguous: the
// session value it needs is in scope, exactly one of a kind, there is a
// statement before the response to insert it at, and with it inserted
// every normal path invalidates the session (checked by running the
// analysis again with the inserted calls). Cookie-store findings get none:
// there is nothing to call on the server.
//
// When the fix would change what the handler means (it reads the session
// after the fix's place, or keeps values for the next request in the
// session the fix deletes), there is none, and why says so for the
// finding's message.
func (a *pkgAnalysis) suggestFix(h *candidate, v verdict) (fixes []analysis.SuggestedFix, why string) {
	fixes = a.suggestFixWhy(h, v, &why)
	return fixes, why
}

func (a *pkgAnalysis) suggestFixWhy(h *candidate, v verdict, why *string) []analysis.SuggestedFix {
	if v.cat == catCookieStore || v.cat == catRememberMe {
		return nil // nothing to call on the server, or no call logoutcheck could name
	}
	fr := a.frame(h)
	if fr == nil {
		*why = "the handler is not a function of a supported shape with a body"
		return nil
	}
	if v.storeUnseen {
		*why = "the session store is built out of sight of this package, so a save may delete nothing on the server"
		return nil
	}
	if v.lib != nil && v.lib.StoreMatters && a.storeKindIn(fr.body) == storeCookie {
		*why = "the session lives in a cookie store: saving it deletes nothing on the server"
		return nil
	}
	idx := a.insertionIndex(fr, v.lib)
	if v.lib != nil {
		if *why = a.changesMeaning(fr, idx, v.lib); *why != "" {
			return nil
		}
	}
	var at ast.Stmt // nil: at the end of the body
	var pos token.Pos
	if idx < len(fr.body.List) {
		at = fr.body.List[idx]
		for {
			l, ok := at.(*ast.LabeledStmt)
			if !ok {
				break
			}
			at = l.Stmt // after the label, which a goto may jump to
			switch at.(type) {
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				*why = "the fix would go between a label and its loop" // the label must stay on the statement that break and continue name
				return nil
			}
		}
		pos = at.Pos()
		if _, alone := a.lineBefore(pos); !alone {
			*why = "the statement where the fix would go shares its line" // no clear place for new lines
			return nil
		}
	} else {
		pos = fr.body.Rbrace
		if _, alone := a.lineBefore(pos); !alone {
			*why = "the body ends on the line of its last statement"
			return nil
		}
	}
	for _, name := range []string{fr.w, fr.r, fr.c} {
		if name != "" && !a.isParamAt(pos, fr, name) {
			*why = "a handler parameter is shadowed where the fix would go"
			return nil
		}
	}
	httpName, needImport := a.importName(pos, "net/http"), false
	if httpName == "" {
		httpName, needImport = "http", true
	}
	if _, obj := a.scopeAt(pos).LookupParent(httpName, pos); obj != nil {
		if pn, ok := obj.(*types.PkgName); !ok || pkgPath(pn.Imported()) != "net/http" {
			*why = `"http" names something else where the fix would go`
			return nil
		}
	}
	onErr := a.errorHandling(fr, httpName)
	needImport = needImport && strings.Contains(onErr, httpName+".")

	var plans []fixPlan
	guard := func(call string) []string {
		return []string{fmt.Sprintf("if err := %s; err != nil {", call), "\t" + onErr, "}"}
	}
	// the one session value of the library's types in scope
	var sess string
	if v.lib != nil {
		sess = a.uniqueInScope(pos, func(t types.Type) bool {
			for _, p := range v.lib.Values {
				if isType(t, p.TypeName, p.Pointer) {
					return true
				}
			}
			return false
		})
	}
	if sess != "" {
		if _, obj := a.scopeAt(pos).LookupParent(sess, pos); obj != nil && a.freshVars[obj] {
			*why = "the session value in scope is a new one, not the request's" // expiring it deletes nothing
			return nil
		}
	}
	if sess == "" || v.lib.Repair == knowledge.NoRepair {
		// no template applies: the app's own invalidator, if there is
		// exactly one to call
		plan, usesErr, callWhy := a.callFix(h, fr, pos, onErr)
		if plan == nil {
			switch {
			case callWhy != "":
				*why = callWhy
			case v.lib == nil:
				*why = "no session library is in use here"
			case v.lib.Repair == knowledge.NoRepair:
				*why = v.lib.Name + " has no fix template"
			default:
				*why = "no single session value of " + v.lib.Name + " is in scope"
			}
			return nil
		}
		needImport = needImport && usesErr
		plans = append(plans, *plan)
	} else if onErr == "" && v.lib.Repair != knowledge.RepairDestroyHandlerContext {
		*why = "the handler's results leave no way to answer an error of the invalidation"
		return nil
	}
	switch {
	case len(plans) > 0:
		// the call of the app's invalidator
	case v.lib.Repair == knowledge.RepairDestroyContext:
		if ctx := fr.requestContext(); ctx != "" {
			plans = append(plans, fixPlan{"Destroy the session before responding",
				guard(fmt.Sprintf("%s.Destroy(%s)", sess, ctx)), []op{{eff: effKill}}})
		}
	case v.lib.Repair == knowledge.RepairDestroy:
		if a.writesAfter(fr, idx, v.lib) {
			// Destroy would drop what follows (fiber v3 skips the save of
			// a destroyed session) or save it under the old ID again
			// (fiber v2): Reset deletes the old record and gives the
			// writes a new ID.
			plans = append(plans, fixPlan{"Reset the session before writing to it", guard(sess + ".Reset()"), []op{{eff: effKill}}})
		} else {
			plans = append(plans, fixPlan{"Destroy the session before responding", guard(sess + ".Destroy()"), []op{{eff: effKill}}})
		}
	case v.lib.Repair == knowledge.RepairExpireSave:
		if req, resp := fr.requestResponse(); req != "" {
			save := guard(fmt.Sprintf("%s.Save(%s, %s)", sess, req, resp))
			plans = append(plans,
				fixPlan{"Save the session before responding", save, []op{{eff: effSave}}},
				fixPlan{"Expire the session and save it before responding",
					append([]string{sess + ".Options.MaxAge = -1"}, save...), []op{{eff: effMark}, {eff: effSave}}})
		}
	case v.lib.Repair == knowledge.RepairDestroyHandlerContext:
		if fr.c != "" {
			plans = append(plans, fixPlan{"Destroy the session and its cookie before responding",
				[]string{fmt.Sprintf("%s.Destroy(%s)", sess, fr.c)}, []op{{eff: effKill}}})
		}
	case v.lib.Repair == knowledge.RepairOptionsSave:
		save := guard(sess + ".Save()")
		plans = append(plans, fixPlan{"Save the session before responding", save, []op{{eff: effSave}}})
		// Options names the package, which a variable may hide:
		// sessions := sessions.Default(c)
		path := v.lib.Values[0].Pkg
		if qual := a.importName(pos, path); qual != "" && a.isImportAt(pos, qual, path) {
			plans = append(plans, fixPlan{"Expire the session and save it before responding",
				append([]string{fmt.Sprintf("%s.Options(%s.Options{MaxAge: -1})", sess, qual)}, save...), []op{{eff: effMark}, {eff: effSave}}})
		}
	}
	if len(plans) == 0 {
		*why = "the handler gives no request (or context) to call it with"
		return nil
	}
	for _, plan := range plans {
		if !a.fixes(h, at, plan.ops) {
			continue
		}
		edits := []analysis.TextEdit{a.insertion(fr, at, pos, plan.stmts)}
		if needImport {
			e, ok := a.addImport(pos, "net/http")
			if !ok {
				*why = "net/http cannot be imported for the error answer"
				return nil
			}
			edits = append([]analysis.TextEdit{e}, edits...)
		}
		return []analysis.SuggestedFix{{Message: plan.message, TextEdits: edits}}
	}
	*why = "no single insertion removes the finding on every path"
	return nil
}

// fixes reports whether inserting ops before the statement at (or at the
// end of the body, for nil) leaves no finding on the handler.
func (a *pkgAnalysis) fixes(h *candidate, at ast.Stmt, ops []op) bool {
	a.inject = &injection{at: at, ops: ops}
	defer func() { a.inject = nil }()
	_, found := a.judge(h)
	return !found
}

// insertion returns the edit that inserts stmts before the statement at,
// or at the end of the body, indented as the code around it.
func (a *pkgAnalysis) insertion(fr *handlerFrame, at ast.Stmt, pos token.Pos, stmts []string) analysis.TextEdit {
	// one line per element, so that every line gets the indentation
	stmts = strings.Split(strings.Join(stmts, "\n"), "\n")
	indent, _ := a.lineBefore(pos)
	if at == nil {
		// before the closing brace, on lines of their own
		pos -= token.Pos(len(indent))
		indent += "\t"
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(indent + strings.Join(stmts, "\n"+indent) + "\n")}
	}
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(strings.Join(stmts, "\n"+indent) + "\n" + indent)}
}

// isImportAt reports whether name, at pos, is the import of path.
func (a *pkgAnalysis) isImportAt(pos token.Pos, name, path string) bool {
	_, obj := a.scopeAt(pos).LookupParent(name, pos)
	pn, ok := obj.(*types.PkgName)
	return ok && pkgPath(pn.Imported()) == path
}

// scopeAt returns the innermost scope at pos.
func (a *pkgAnalysis) scopeAt(pos token.Pos) *types.Scope {
	return a.pass.Pkg.Scope().Innermost(pos)
}

// isParamAt reports whether name still means the handler's parameter at pos.
func (a *pkgAnalysis) isParamAt(pos token.Pos, fr *handlerFrame, name string) bool {
	_, obj := a.scopeAt(pos).LookupParent(name, pos)
	v, ok := obj.(*types.Var)
	if !ok {
		return false
	}
	for p := range fr.sig.Params().Variables() {
		if p == v {
			return true
		}
	}
	return false
}

// frame describes the handler a candidate is.
func (a *pkgAnalysis) frame(h *candidate) *handlerFrame {
	fr := &handlerFrame{}
	var sig *types.Signature
	switch fn := h.node.(type) {
	case *ast.FuncDecl:
		fr.fnType, fr.body = fn.Type, fn.Body
		if obj, ok := a.pass.TypesInfo.Defs[fn.Name].(*types.Func); ok {
			sig = obj.Signature()
		}
	case *ast.FuncLit:
		fr.fnType, fr.body = fn.Type, fn.Body
		sig, _ = a.pass.TypesInfo.TypeOf(fn).(*types.Signature)
	}
	if sig == nil || fr.body == nil {
		return nil
	}
	fr.results, fr.sig = sig.Results(), sig
	for v := range sig.Params().Variables() {
		name := v.Name()
		if name == "" || name == "_" {
			continue
		}
		t := v.Type()
		for i := range handlerShapes {
			shape := &handlerShapes[i]
			for _, p := range shape.Params {
				if !isType(t, p.TypeName, p.Pointer) {
					continue
				}
				switch p.Role {
				case knowledge.Writer:
					fr.w = name
				case knowledge.Request:
					fr.r = name
				case knowledge.Context:
					fr.c, fr.shape = name, shape
				}
			}
		}
	}
	if fr.shape == nil {
		// a shape with no context parameter, all of whose parameters are here
		for i := range handlerShapes {
			if shape := &handlerShapes[i]; fr.hasAll(shape) {
				fr.shape = shape
				break
			}
		}
		if fr.shape == nil {
			return nil
		}
	}
	return fr
}

// hasAll reports whether the handler has a named parameter for every
// parameter of shape, and shape has no context parameter.
func (fr *handlerFrame) hasAll(shape *handlerShape) bool {
	if len(shape.Params) == 0 {
		return false // a controller's shape: its handlers have no parameters to fill in
	}
	for _, p := range shape.Params {
		switch p.Role {
		case knowledge.Writer:
			if fr.w == "" {
				return false
			}
		case knowledge.Request:
			if fr.r == "" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// expand returns a fix expression of the handler's shape with the
// parameter names and the name of net/http filled in; "" if the shape has
// none.
func (fr *handlerFrame) expand(expr, http string) string {
	if expr == "" {
		return ""
	}
	return strings.NewReplacer("{w}", fr.w, "{r}", fr.r, "{c}", fr.c, "{http}", http).Replace(expr)
}

// requestContext returns an expression for the request's context.
func (fr *handlerFrame) requestContext() string {
	return fr.expand(fr.shape.Fix.Context, "")
}

// requestResponse returns expressions for the request and response writer.
func (fr *handlerFrame) requestResponse() (string, string) {
	req, resp := fr.expand(fr.shape.Fix.Request, ""), fr.expand(fr.shape.Fix.Response, "")
	if req == "" || resp == "" {
		return "", ""
	}
	return req, resp
}

// errorHandling returns the statement(s) that handle err the way handlers
// of this framework do: an error response for net/http and gin, return err
// where the handler returns an error. "" means no clear way.
func (a *pkgAnalysis) errorHandling(fr *handlerFrame, http string) string {
	returnsError := fr.results.Len() == 1 && types.Identical(fr.results.At(0).Type(), types.Universe.Lookup("error").Type())
	switch {
	case returnsError:
		return "return err"
	case fr.results.Len() != 0:
		return ""
	}
	return fr.expand(fr.shape.Fix.OnError, http)
}

// insertionIndex returns the index of the top-level statement before
// which the invalidation goes: after guard clauses, before the first
// statement that writes the response or (for the libraries whose fix
// destroys the session) writes to the session of lib, so that what the
// handler keeps for the next request, a flash message, lands in the new
// session. len(body.List) means at the end.
func (a *pkgAnalysis) insertionIndex(fr *handlerFrame, lib *library) int {
	list := fr.body.List
	for i, stmt := range list {
		// a save in a guard clause counts: fiber v2 releases a saved session
		if lib != nil && lib.Repair != knowledge.RepairExpireSave && lib.Repair != knowledge.RepairOptionsSave && a.sessionUses(stmt, lib).write {
			return i // gorilla and gin-contrib: no fix where values are written (changesMeaning); a save may stay first
		}
		if isGuardClause(stmt) {
			continue
		}
		if a.responds(stmt, fr) {
			return i
		}
		if _, ok := stmt.(*ast.ReturnStmt); ok {
			return i
		}
	}
	return len(list)
}

// isGuardClause reports whether stmt is an if without else whose body
// always leaves the function: an early exit, never the place for the fix.
func isGuardClause(stmt ast.Stmt) bool {
	is, ok := stmt.(*ast.IfStmt)
	if !ok || is.Else != nil || len(is.Body.List) == 0 {
		return false
	}
	switch last := is.Body.List[len(is.Body.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := last.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// responds reports whether stmt writes (part of) the response: a call on
// or with the ResponseWriter, net/http's response helpers, or a response
// method of the framework context.
func (a *pkgAnalysis) responds(stmt ast.Stmt, fr *handlerFrame) bool {
	found := false
	ast.Inspect(stmt, func(n ast.Node) bool {
		if found {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			return true
		}
		if _, known := apiIndex.of(fn.Origin()); known {
			return true // session calls are not the response
		}
		if responseFuncIndex.has(fn) {
			found = true
			return false
		}
		if recv := fn.Signature().Recv(); recv != nil && fr.c != "" {
			for _, p := range responseMethodPrefixes[pkgPath(fn.Pkg())] {
				if strings.HasPrefix(fn.Name(), p) {
					found = true
					return false
				}
			}
		}
		if fr.w != "" {
			// w.Write(...), tmpl.Execute(w, ...), json.NewEncoder(w)
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && isIdentNamed(sel.X, fr.w) {
				found = true
				return false
			}
			for _, arg := range call.Args {
				if isIdentNamed(arg, fr.w) {
					found = true
					return false
				}
			}
		}
		return true
	})
	return found
}

func isIdentNamed(e ast.Expr, name string) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == name
}

// uniqueInScope returns the expression for the one variable (or field of
// a variable) visible at pos whose type satisfies match, searching scopes
// from the innermost out and stopping at the first that has any. It
// returns "" when there is none or more than one.
func (a *pkgAnalysis) uniqueInScope(pos token.Pos, match func(types.Type) bool) string {
	inner := a.pass.Pkg.Scope().Innermost(pos)
	for s := inner; s != nil && s != types.Universe; s = s.Parent() {
		var found []string
		for _, name := range s.Names() {
			v, ok := s.Lookup(name).(*types.Var)
			if !ok || s != a.pass.Pkg.Scope() && v.Pos() >= pos {
				continue
			}
			if _, obj := inner.LookupParent(name, pos); obj != v {
				continue // shadowed
			}
			if match(v.Type()) {
				found = append(found, name)
				continue
			}
			// a field of a struct variable (the receiver, typically)
			if st, ok := derefStruct(v.Type()); ok {
				for f := range st.Fields() {
					if match(f.Type()) && (f.Exported() || f.Pkg() == a.pass.Pkg) {
						found = append(found, name+"."+f.Name())
					}
				}
			}
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			return found[0]
		default:
			return "" // ambiguous
		}
	}
	return ""
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// importName returns the name under which the file containing pos imports
// path, or "" if it does not.
func (a *pkgAnalysis) importName(pos token.Pos, path string) string {
	f := a.fileOf(pos)
	if f == nil {
		return ""
	}
	for _, spec := range f.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		if p != path {
			continue
		}
		if spec.Name != nil {
			if spec.Name.Name == "_" || spec.Name.Name == "." {
				return ""
			}
			return spec.Name.Name
		}
		if pn, ok := a.pass.TypesInfo.Implicits[spec].(*types.PkgName); ok {
			return pn.Name()
		}
	}
	return ""
}

// addImport returns an edit adding an import of path to the file
// containing pos.
func (a *pkgAnalysis) addImport(pos token.Pos, path string) (analysis.TextEdit, bool) {
	f := a.fileOf(pos)
	if f == nil {
		return analysis.TextEdit{}, false
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() && len(gd.Specs) > 0 {
			return a.importInBlock(gd, path), true
		}
		return analysis.TextEdit{Pos: gd.Pos(), End: gd.Pos(), NewText: []byte("import " + strconv.Quote(path) + "\n")}, true
	}
	end := f.Name.End()
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\nimport " + strconv.Quote(path))}, true
}

// importInBlock adds a standard library import to a parenthesised import
// block the way goimports lays it out: in sorted position in the first
// group if that group holds standard library imports, otherwise as a new
// group of its own at the top.
func (a *pkgAnalysis) importInBlock(gd *ast.GenDecl, path string) analysis.TextEdit {
	quoted := strconv.Quote(path)
	line := func(p token.Pos) int { return a.pass.Fset.Position(p).Line }
	var group []*ast.ImportSpec
	for i, spec := range gd.Specs {
		if i > 0 && line(spec.Pos()) > line(gd.Specs[i-1].End())+1 {
			break // a blank line ends the first group
		}
		group = append(group, spec.(*ast.ImportSpec))
	}
	std := false
	for _, spec := range group {
		p, _ := strconv.Unquote(spec.Path.Value)
		first, _, _ := strings.Cut(p, "/")
		std = std || !strings.Contains(first, ".")
	}
	if !std {
		return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + quoted + "\n")}
	}
	for _, spec := range group {
		if p, _ := strconv.Unquote(spec.Path.Value); p > path {
			pos := spec.Pos()
			return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(quoted + "\n\t")}
		}
	}
	end := group[len(group)-1].End()
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\t" + quoted)}
}

func (a *pkgAnalysis) fileOf(pos token.Pos) *ast.File {
	for _, f := range a.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// lineBefore returns the leading white space of pos's line, and whether
// only white space stands before pos on that line.
func (a *pkgAnalysis) lineBefore(pos token.Pos) (indent string, alone bool) {
	src := a.source(pos)
	if src == nil {
		return "\t", false
	}
	off := a.pass.Fset.Position(pos).Offset
	line := src[bytes.LastIndexByte(src[:off], '\n')+1 : off]
	trimmed := bytes.TrimLeft(line, " \t")
	return string(line[:len(line)-len(trimmed)]), len(trimmed) == 0
}

// source returns the content of the file holding pos.
func (a *pkgAnalysis) source(pos token.Pos) []byte {
	tf := a.pass.Fset.File(pos)
	if tf == nil {
		return nil
	}
	if src, ok := a.sources[tf]; ok {
		return src
	}
	src, err := a.pass.ReadFile(tf.Name())
	if err != nil {
		src = nil
	}
	a.sources[tf] = src
	return src
}

// A sessionUse is what a statement does with the session values of a
// library (calls on a value of lib.Values, and gorilla's Values map).
type sessionUse struct {
	write bool // stores something or saves: Put, Set, AddFlash, Values[k] = v, Save
	value bool // stores a value for the next request (a write that is not a save)
	read  bool // uses what the session holds: a call whose result is used
}

// sessionUses reports what stmt does with the session of lib. A removal
// (a known API that removes values, called for its effect; delete on
// Values) is neither a write nor a read: it is what the handler does to
// log out.
func (a *pkgAnalysis) sessionUses(stmt ast.Stmt, lib *library) sessionUse {
	var u sessionUse
	isSession := func(e ast.Expr) bool {
		t := a.pass.TypesInfo.TypeOf(e)
		if t == nil {
			return false
		}
		for _, p := range slices.Concat(lib.Values, lib.Held) {
			if isType(t, p.TypeName, p.Pointer) {
				return true
			}
		}
		return false
	}
	// valuesOf reports whether e is x.Values of a session x.
	valuesOf := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Values" && isSession(sel.X)
	}
	statement := make(map[*ast.CallExpr]bool) // calls made for their effect only
	ast.Inspect(stmt, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				statement[call] = true
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok && valuesOf(ix.X) {
					u.write, u.value = true, true
				}
			}
		case *ast.IndexExpr:
			// a read of Values[k] that is not assigned to is a read; the
			// assignment case above has already looked at the target
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "delete" && len(n.Args) > 0 && valuesOf(n.Args[0]) {
				return false // removal
			}
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || !isSession(sel.X) {
				return true
			}
			fn, _ := typeutil.Callee(a.pass.TypesInfo, n).(*types.Func)
			if fn == nil {
				return true
			}
			row, known := apiIndex.of(fn.Origin())
			switch {
			case known && statement[n] && (row.Effect == effClear || row.Effect == effClearPending):
				// removal
			case known && row.Effect == effSave:
				u.write = true
			case statement[n] || onlyError(fn.Signature().Results()):
				u.write, u.value = true, u.value || !known
			default:
				u.read = true
			}
		}
		return true
	})
	return u
}

// onlyError reports whether results is empty or a single error.
func onlyError(results *types.Tuple) bool {
	return results.Len() == 0 || results.Len() == 1 && types.Identical(results.At(0).Type(), types.Universe.Lookup("error").Type())
}

// writesAfter reports whether a statement from index idx on writes to the
// session of lib.
func (a *pkgAnalysis) writesAfter(fr *handlerFrame, idx int, lib *library) bool {
	for _, stmt := range fr.body.List[idx:] {
		if a.sessionUses(stmt, lib).write {
			return true
		}
	}
	return false
}

// changesMeaning says why invalidating the session of lib before
// statement idx would change what the handler answers or what it keeps
// for the next request, or returns "" when it would not: a later
// statement reads the session (the read would see the new, empty
// session), or the handler stores values in the session the fix deletes
// (gorilla and gin-contrib: a negative MaxAge and a save delete the
// record with the flash in it).
func (a *pkgAnalysis) changesMeaning(fr *handlerFrame, idx int, lib *library) string {
	for i, stmt := range fr.body.List {
		u := a.sessionUses(stmt, lib)
		if i >= idx && u.read {
			return "it reads the session after the place where the session would be invalidated"
		}
		if u.value && (lib.Repair == knowledge.RepairExpireSave || lib.Repair == knowledge.RepairOptionsSave || lib.Repair == knowledge.RepairDestroyHandlerContext) {
			return "the values it stores for the next request would be deleted with the session"
		}
	}
	return ""
}
