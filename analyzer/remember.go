package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A login that "remembers" the user issues a second credential: a
// long-lived cookie (a token whose record the app keeps, or a signed
// value) that signs the user back in once the session has ended. A logout
// that destroys the session but leaves that credential valid on the
// server has not logged anyone out for long: the next request with the
// cookie signs the user in again. Expiring the cookie in the browser does
// not revoke a copy of it.
//
// This file recognises both ends of such a credential, by type and by
// name: a cookie whose name (or the constant holding it) says remember,
// set with a value by a function that is not a logout (issued), and read
// by a function that is not a logout nor named to revoke it (accepted);
// and what revokes it
// on the server: a delete or update, in storage the app owns, of a record
// whose table, model, column or key says remember, a delete from a map
// so named, a function of the app named to revoke remember-me tokens, or
// a call given the remember-me cookie's value (which may revoke it:
// precision first). What the packages a package imports issue and accept
// reaches it through a rememberFact. Code out of sight that is handed the
// request's credential, or a logout method of an interface with no
// implementation in sight, may revoke the remember-me token as well as
// the session: precision first, it is taken to.

// namesRemember reports whether a name says remember: one of its words
// starts with remember (remember_token, rememberMe, RememberMeCookie).
func namesRemember(name string) bool {
	for _, w := range splitWords(name) {
		if strings.HasPrefix(w, "remember") {
			return true
		}
	}
	return false
}

// namesRememberCookie reports whether the name of a cookie, or of the
// constant or variable holding it, says it is a remember-me credential:
// it says remember, and not that what it remembers is the user's name or
// address for the login form (remember_username, rememberedEmail), unless
// it also says token, key or the like (remember_user_token).
func namesRememberCookie(name string) bool {
	if !namesRemember(name) {
		return false
	}
	data, credential := false, false
	for _, w := range splitWords(name) {
		switch w {
		case "user", "username", "email", "mail", "account", "phone", "login":
			data = true
		case "token", "auth", "key", "secret", "hash", "digest", "sig", "signature", "me", "session", "cookie", "credential":
			credential = true
		}
	}
	return !data || credential
}

// revokeRememberName matches the names of functions that revoke
// remember-me tokens (DeleteRememberToken, DelRememberTokens,
// revokeRememberMe, ForgetRememberedUser).
var revokeRememberName = regexp.MustCompile(`^(?i:del|delete|revoke|remove|clear|forget|invalidate|expire|purge|destroy|drop|reset|rotate)[A-Z_]?.*(?i:remember)`)

// namesRememberRevocation reports whether a function's name says it
// revokes remember-me tokens on the server. A name that speaks of the
// cookie (clearRememberCookie) speaks of the browser's copy: it does not
// count.
func namesRememberRevocation(name string) bool {
	if !strings.Contains(name, "emember") || !revokeRememberName.MatchString(name) {
		return false
	}
	for _, w := range splitWords(name) {
		if w == "cookie" || w == "cookies" {
			return false
		}
	}
	return true
}

// A rememberFact lists the remember-me cookies a package, or a package
// it imports (directly or not), issues and accepts.
type rememberFact struct {
	Issued   map[string]string // cookie name: the function that sets it with a value (pkg.Func)
	Accepted map[string]bool   // cookie names read by a function that is not a logout
}

func (*rememberFact) AFact() {}

func (f *rememberFact) String() string {
	var parts []string
	for name, by := range f.Issued {
		parts = append(parts, "issued "+name+" by "+by)
	}
	for name := range f.Accepted {
		parts = append(parts, "accepted "+name)
	}
	sort.Strings(parts)
	return "remember(" + strings.Join(parts, ", ") + ")"
}

// rememberInfo is what a package knows of remember-me cookies.
type rememberInfo struct {
	ownIssued map[string]string // issued in this package: by which function (unqualified)
	issued    map[string]string // issued here or in an imported package (qualified when there)
	accepted  map[string]bool   // accepted here or in an imported package
	anyRead   bool              // a function of this package reads a remember-me cookie
}

// rememberCookie returns the cookie call row of call and the name of the
// cookie, when it is constant and says remember (or the constant holding
// it does: const cookieRemember = "rm").
func (a *pkgAnalysis) rememberCookie(call *ast.CallExpr) (cookieCall, string, bool) {
	fn, ok := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return cookieCall{}, "", false
	}
	c, ok := cookieCallIndex.of(fn)
	if ok && c.Cookie != "" {
		return c, c.Cookie, true // a library's remember-me cookie
	}
	if !ok || c.Arg >= len(call.Args) {
		return cookieCall{}, "", false
	}
	nameExpr := call.Args[c.Arg]
	if c.Kind == cookieSetStruct {
		lit := a.cookieLit(nameExpr)
		if lit == nil {
			return cookieCall{}, "", false
		}
		nameExpr = fieldValue(lit, "Name")
		if nameExpr == nil {
			return cookieCall{}, "", false
		}
	}
	var id *ast.Ident
	switch x := ast.Unparen(nameExpr).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	name, ok := a.stringConst(nameExpr)
	if !ok {
		// a name kept in a variable or a configuration field whose name
		// says remember (conf.Security.CookieRememberName): the variable
		// is the key
		if id == nil {
			return cookieCall{}, "", false
		}
		v, isVar := a.pass.TypesInfo.Uses[id].(*types.Var)
		if !isVar || v.Pkg() == nil || !namesRememberCookie(v.Name()) {
			return cookieCall{}, "", false
		}
		return c, varCookiePrefix + pkgPath(v.Pkg()) + "." + v.Name(), true
	}
	if name == "" {
		return cookieCall{}, "", false
	}
	if namesRememberCookie(name) {
		return c, name, true
	}
	if id != nil {
		if k, isConst := a.pass.TypesInfo.Uses[id].(*types.Const); isConst && namesRememberCookie(k.Name()) {
			return c, name, true
		}
	}
	return cookieCall{}, "", false
}

// varCookiePrefix starts the key of a cookie whose name is kept in a
// variable or field: "var:" + its package path + "." + its name.
const varCookiePrefix = "var:"

// cookieDisplay returns how a message names a cookie of this key.
func cookieDisplay(key string) string {
	if rest, ok := strings.CutPrefix(key, varCookiePrefix); ok {
		return "named by " + rest[strings.LastIndex(rest, ".")+1:]
	}
	return strconv.Quote(key)
}

// expires reports whether a cookie call that sets a cookie deletes it
// instead: an empty value or a negative max age.
func (a *pkgAnalysis) expires(c cookieCall, call *ast.CallExpr) bool {
	var value, maxAge ast.Expr
	switch c.Kind {
	case cookieSet:
		if c.Arg+1 >= len(call.Args) {
			return true
		}
		value = call.Args[c.Arg+1]
		if c.Arg+2 < len(call.Args) {
			maxAge = call.Args[c.Arg+2]
		}
	case cookieSetStruct:
		lit := a.cookieLit(call.Args[c.Arg])
		value, maxAge = fieldValue(lit, "Value"), fieldValue(lit, "MaxAge")
		if value == nil {
			return true // no value: a deletion
		}
	default:
		return false
	}
	if v, ok := a.stringConst(value); ok && v == "" {
		return true
	}
	return maxAge != nil && a.isNegative(maxAge)
}

// constantValue reports whether a cookie call that sets a cookie gives
// it a constant value, or one written from bools only (a flag).
func (a *pkgAnalysis) constantValue(c cookieCall, call *ast.CallExpr) bool {
	var value ast.Expr
	switch c.Kind {
	case cookieSet:
		if c.Arg+1 < len(call.Args) {
			value = call.Args[c.Arg+1]
		}
	case cookieSetStruct:
		value = fieldValue(a.cookieLit(call.Args[c.Arg]), "Value")
	}
	if value == nil {
		return false
	}
	tv, ok := a.pass.TypesInfo.Types[value]
	if ok && tv.Value != nil {
		return true
	}
	// a flag written from a bool: strconv.FormatBool(remember)
	call, ok = ast.Unparen(value).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	for _, arg := range call.Args {
		b, ok := a.pass.TypesInfo.TypeOf(arg).Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsBoolean == 0 {
			return false
		}
	}
	return true
}

// cookieLit returns the composite literal a cookie struct argument is
// (&http.Cookie{…}, or a local variable assigned one once), or nil.
func (a *pkgAnalysis) cookieLit(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.CompositeLit:
		return x
	case *ast.Ident:
		if obj := a.pass.TypesInfo.Uses[x]; obj != nil {
			return a.cookieLits()[obj]
		}
	}
	return nil
}

// cookieLits returns the local variables of the package assigned a
// struct literal (or its address) exactly once, with the literal.
func (a *pkgAnalysis) cookieLits() map[types.Object]*ast.CompositeLit {
	if a.remLits != nil {
		return a.remLits
	}
	a.remLits = map[types.Object]*ast.CompositeLit{}
	count := map[types.Object]int{}
	mark := func(lhs ast.Expr, rhs ast.Expr) {
		id, ok := lhs.(*ast.Ident)
		if !ok {
			return
		}
		obj := a.objOf(id)
		if obj == nil {
			return
		}
		count[obj]++
		rhs = ast.Unparen(rhs)
		if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
			rhs = ast.Unparen(u.X)
		}
		if lit, ok := rhs.(*ast.CompositeLit); ok && count[obj] == 1 {
			a.remLits[obj] = lit
		} else {
			delete(a.remLits, obj)
		}
	}
	for cur := range a.inspect.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					mark(n.Lhs[i], n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i := range n.Names {
					mark(n.Names[i], n.Values[i])
				}
			}
		}
	}
	return a.remLits
}

// fieldValue returns the value of a keyed field of a struct literal, or
// nil.
func fieldValue(lit *ast.CompositeLit, field string) ast.Expr {
	if lit == nil {
		return nil
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
				return kv.Value
			}
		}
	}
	return nil
}

// rememberCookies scans the package for remember-me cookies issued and
// accepted outside logout functions, merges what its imports know, and
// exports the result as a package fact.
func (a *pkgAnalysis) rememberCookies() {
	info := &rememberInfo{ownIssued: map[string]string{}, issued: map[string]string{}, accepted: map[string]bool{}}
	a.remember = info
	for _, imp := range a.pass.Pkg.Imports() {
		var f rememberFact
		if !a.pass.ImportPackageFact(imp, &f) {
			continue
		}
		for name, by := range f.Issued {
			if _, seen := info.issued[name]; !seen {
				info.issued[name] = by
			}
		}
		for name := range f.Accepted {
			info.accepted[name] = true
		}
	}
	for _, file := range a.pass.Files {
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			// a logout's cookie calls neither issue nor accept
			// (LogoutController.Get: the type's name counts)
			recv := recvTypeName(fd)
			logout := a.matchName(fd.Name.Name) != "" || recv != "" && a.matchName(recv) != ""
			// nor do a revocation helper's (revokeRememberToken reads the
			// cookie to find the record it deletes)
			revoker := namesRememberRevocation(fd.Name.Name)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				c, name, ok := a.rememberCookie(call)
				if !ok {
					return true
				}
				info.anyRead = info.anyRead || c.Kind == cookieRead
				switch {
				case logout:
				case c.Kind == cookieRead:
					if !revoker {
						// auto-login code may also expire the cookie when it
						// fails to verify: that does not make it a logout's
						info.accepted[name] = true
					}
				case c.Kind == cookieDelete || a.expires(c, call):
				case c.Kind == cookieModule:
					info.accepted[name] = true
					if _, seen := info.ownIssued[name]; !seen {
						k := parseFuncKey(c.Name)
						label := k.pkg[strings.LastIndex(k.pkg, "/")+1:] + "." + k.name + " in " + funcLabel(fd)
						info.ownIssued[name] = label
						info.issued[name] = label
					}
				case a.constantValue(c, call):
					// a flag (remember_me=1: the login form's checkbox), not a credential
				default:
					if _, seen := info.ownIssued[name]; !seen {
						info.ownIssued[name] = funcLabel(fd)
						info.issued[name] = funcLabel(fd)
					}
				}
				return true
			})
		}
	}
	if len(info.issued) == 0 && len(info.accepted) == 0 {
		return
	}
	f := &rememberFact{Issued: map[string]string{}, Accepted: info.accepted}
	for name, by := range info.issued {
		if _, own := info.ownIssued[name]; own && info.ownIssued[name] == by {
			by = a.pass.Pkg.Name() + "." + by
		}
		f.Issued[name] = by
	}
	a.pass.ExportPackageFact(f)
}

// funcLabel names a declared function in messages: F or T.M.
func funcLabel(fd *ast.FuncDecl) string {
	if recv := recvTypeName(fd); recv != "" {
		return recv + "." + fd.Name.Name
	}
	return fd.Name.Name
}

// recvTypeName returns the name of a method's receiver type, or "".
func recvTypeName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.Ident:
			return x.Name
		}
		return ""
	}
}

// carriesRemember reports whether e holds or is computed from the value
// of a remember-me cookie of the request.
func (a *pkgAnalysis) carriesRemember(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			found = a.rememberVars()[a.pass.TypesInfo.Uses[n]]
		case *ast.CallExpr:
			if c, _, ok := a.rememberCookie(n); ok && c.Kind == cookieRead {
				found = true
			}
		}
		return !found
	})
	return found
}

// rememberVars returns the local variables assigned a value that carries
// a remember-me cookie's value, computed once.
func (a *pkgAnalysis) rememberVars() map[types.Object]bool {
	if a.remVars == nil {
		a.remVars = map[types.Object]bool{}
		a.deriveVars(a.remVars, false, a.carriesRemember)
	}
	return a.remVars
}

// sqlSetRemember matches an UPDATE that sets a remember-me column
// (UPDATE users SET remember_token = NULL).
var sqlSetRemember = regexp.MustCompile("(?is)^\\s*update\\s.*?\\sset\\s(?:.*?[\\s,])?[`\"]?\\w*remember\\w*[`\"]?\\s*=")

// revokesRemember reports whether a call revokes a remember-me record on
// the server, or may (it is given the remember-me cookie's value).
func (a *pkgAnalysis) revokesRemember(call *ast.CallExpr, obj types.Object) bool {
	if b, ok := obj.(*types.Builtin); ok {
		if b.Name() != "delete" || len(call.Args) == 0 {
			return false
		}
		name, ok := a.varName(call.Args[0])
		_, isMap := typeUnder(a.pass.TypesInfo.TypeOf(call.Args[0])).(*types.Map)
		// delete(rememberTokens, id), delete(tokens, cookie.Value)
		return isMap && (ok && namesRemember(name) || a.givenRemember(call))
	}
	fn, _ := obj.(*types.Func)
	if fn == nil {
		// a function value given the cookie's value
		if tv, ok := a.pass.TypesInfo.Types[call.Fun]; !ok || tv.IsType() {
			return false
		}
		return a.givenRemember(call)
	}
	fn = fn.Origin()
	if rememberRevokeIndex.has(fn) {
		return true
	}
	if s, ok := storageAPIIndex.of(fn); ok {
		return a.deletesRecord(call, s, rememberRecord)
	}
	if fn.Pkg() == nil || knownPackages[pkgPath(fn.Pkg())] || !a.inModule(fn.Pkg()) && isStdPath(pkgPath(fn.Pkg())) {
		return false
	}
	if isInterfaceMethod(fn) && a.inModule(fn.Pkg()) {
		for _, m := range a.implementations(fn) {
			var f summaryFact
			if m.Pkg() == a.pass.Pkg && a.summaries[m]&sRemember != 0 ||
				m.Pkg() != a.pass.Pkg && a.pass.ImportObjectFact(m, &f) && state(f.Effects)&sRemember != 0 {
				return true
			}
		}
	}
	if isInterfaceMethod(fn) && a.matchName(fn.Name()) != "" && len(a.implementations(fn)) == 0 {
		return true // a logout service out of sight (auth.SignOut(ctx, uid)) may revoke every credential
	}
	if a.funcDecls[fn] == nil && namesRememberRevocation(fn.Name()) {
		return true // DelRememberTokens, on a storer out of sight (this package's own functions are named in resolve)
	}
	if !a.inModule(fn.Pkg()) && a.namesRememberColumn(call) {
		return true // db.Model(&u).Update("remember_token", ""), on a library out of sight
	}
	return a.givenRemember(call)
}

// namesRememberColumn reports whether a call is given a constant string
// that names a remember-me column or key as a whole (remember_token,
// "RememberDigest"): a library call that rewrites the record, as far as
// the analyzer can tell (precision first).
func (a *pkgAnalysis) namesRememberColumn(call *ast.CallExpr) bool {
	for _, arg := range call.Args {
		if v, ok := a.stringConst(arg); ok && len(v) < 64 && !strings.ContainsAny(v, " \t\n") && namesRemember(v) {
			return true
		}
	}
	return false
}

// assignsRemember reports whether an assignment writes a field whose
// name says remember (user.RememberToken = "", u.RememberDigest = nil):
// the record is rewritten, and saved by code the analyzer takes on trust.
func (a *pkgAnalysis) assignsRemember(as *ast.AssignStmt) bool {
	if as.Tok != token.ASSIGN {
		return false
	}
	for _, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok || !namesRemember(sel.Sel.Name) {
			continue
		}
		if v, ok := a.pass.TypesInfo.Uses[sel.Sel].(*types.Var); ok && v.IsField() {
			return true
		}
	}
	return false
}

// givenRemember reports whether a call is given the remember-me cookie's
// value: code of the app's that may revoke it.
func (a *pkgAnalysis) givenRemember(call *ast.CallExpr) bool {
	if a.remember == nil || !a.remember.anyRead {
		return false // the package reads no remember-me cookie
	}
	for _, arg := range call.Args {
		if a.carriesRemember(arg) {
			return true
		}
	}
	return false
}

// isRememberKey reports whether a key expression names a remember-me
// record ("remember:"+tok) or is the remember-me cookie's value.
func (a *pkgAnalysis) isRememberKey(e ast.Expr) bool {
	return a.carriesRemember(e) || a.constantNames(e, namesRemember)
}

// isStdPath reports whether an import path is of the standard library
// (its first element has no dot).
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// A rememberLeak is a remember-me cookie that a logout leaves valid.
type rememberLeak struct {
	cookie string // its key (see rememberCookie)
	issuer string // the function that issues it
}

// judgeRemember judges a logout whose session verdict is clean: the
// remember-me cookie the app issues and accepts must be revoked on the
// server on every normal path. It is judged only for cookies issued in
// the handler's package or that the handler itself reads or expires (a
// cookie of another part of the app is not this logout's).
func (a *pkgAnalysis) judgeRemember(h *candidate) (verdict, bool) {
	leak, some, ok := a.rememberLeakIn(h.body())
	if !ok {
		return verdict{}, false
	}
	return verdict{cat: catRememberMe, somePaths: some, remember: &leak}, true
}

// rememberLeakIn returns the remember-me cookie that the normal paths of
// a logout body leave valid (see judgeRemember), and whether some paths
// revoke it.
func (a *pkgAnalysis) rememberLeakIn(body *ast.BlockStmt) (rememberLeak, bool, bool) {
	info := a.remember
	if info == nil || len(info.issued) == 0 {
		return rememberLeak{}, false, false
	}
	touched := map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if _, name, ok := a.rememberCookie(call); ok {
				touched[name] = true
			}
		}
		return true
	})
	var names []string
	for name := range info.issued {
		_, own := info.ownIssued[name]
		if info.accepted[name] && (own || touched[name]) {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return rememberLeak{}, false, false
	}
	sort.Strings(names)
	f := a.paths(body)
	if f.Exits.empty() {
		return rememberLeak{}, false, false
	}
	revoked, leaks := false, false
	f.Exits.each(func(s state) {
		if s&sRemember != 0 {
			revoked = true
		} else {
			leaks = true
		}
	})
	if !leaks {
		return rememberLeak{}, false, false
	}
	return rememberLeak{cookie: names[0], issuer: info.issued[names[0]]}, revoked, true
}

// qualifiedIssuer names the issuer of a remember-me cookie for messages
// of other packages: with this package's name when it is this package's.
func (a *pkgAnalysis) qualifiedIssuer(leak rememberLeak) string {
	if own, ok := a.remember.ownIssued[leak.cookie]; ok && own == leak.issuer {
		return a.pass.Pkg.Name() + "." + leak.issuer
	}
	return leak.issuer
}
