package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
)

// Big apps keep sessions and tokens in storage of their own: a SQL table,
// an ORM model, Redis or memcache keys. A deleting call on such storage
// (see storageAPIs) counts as invalidation when what it deletes is a
// session or a token: the table, the model or the key says so, or the key
// is the request's credential itself. The call alone never counts.

var (
	// sqlDelete matches a DELETE or UPDATE statement and captures its table.
	sqlDelete = regexp.MustCompile("(?is)^\\s*(?:with\\s.*?\\)\\s*)?(delete\\s+from|update)\\s+(?:only\\s+)?[`\"\\[]?([\\w.]+)")
	// sqlClear matches an UPDATE that clears a session or token column of
	// another table (UPDATE users SET session_token = NULL).
	sqlClear = regexp.MustCompile("(?is)^\\s*update\\s.*?\\sset\\s.*?[`\"]?\\w*(?:sess|token)\\w*[`\"]?\\s*=\\s*(?:null|''|\"\")")
)

// A recordKind is what a storage call may delete: a session or token
// record, or a remember-me record. The storage kinds are read the same
// way for both; only the names, keys and columns that tell them differ.
type recordKind struct {
	names func(string) bool // a table, model, store variable or constant says it
	key   func(a *pkgAnalysis, e ast.Expr) bool
	// column matches an UPDATE that clears the record's column of
	// another table (UPDATE users SET session_token = NULL).
	column *regexp.Regexp
	// given, when set, reports whether the call is given the credential
	// itself, which then names the record whatever the table.
	given func(a *pkgAnalysis, call *ast.CallExpr) bool
	// denyLists: a write under a -deny-lists key revokes the record.
	denyLists bool
}

var (
	sessionRecord = recordKind{
		names:     namesSession,
		key:       (*pkgAnalysis).isSessionKey,
		column:    sqlClear,
		denyLists: true,
	}
	rememberRecord = recordKind{
		names:  namesRemember,
		key:    (*pkgAnalysis).isRememberKey,
		column: sqlSetRemember,
		given:  (*pkgAnalysis).givenRemember,
	}
)

// deletesSessionRecord reports whether a storage call deletes a session
// or token record.
func (a *pkgAnalysis) deletesSessionRecord(call *ast.CallExpr, s storageAPI) bool {
	return a.deletesRecord(call, s, sessionRecord)
}

// deletesRecord reports whether a storage call deletes or rewrites a
// record of kind k.
func (a *pkgAnalysis) deletesRecord(call *ast.CallExpr, s storageAPI, k recordKind) bool {
	given := func() bool { return k.given != nil && k.given(a, call) }
	if s.Kind == storageNamed {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		name, ok := a.varName(sel.X)
		return ok && k.names(name) || given()
	}
	if s.Arg >= len(call.Args) {
		return false
	}
	arg := call.Args[s.Arg]
	switch s.Kind {
	case storageQuery:
		q, ok := a.stringConst(arg)
		if !ok {
			return false
		}
		m := sqlDelete.FindStringSubmatch(q)
		return m != nil && (k.names(m[2]) || k.column.MatchString(q) || given())
	case storageModel:
		return k.names(modelName(a.pass.TypesInfo.TypeOf(arg))) || given()
	case storageKey:
		return slices.ContainsFunc(call.Args[s.Arg:], func(e ast.Expr) bool { return k.key(a, e) })
	case storageCommand:
		cmd, ok := a.stringConst(arg)
		if !ok {
			return false
		}
		is := func(c string) bool { return strings.EqualFold(c, cmd) }
		if k.denyLists && slices.ContainsFunc(s.Writes, is) {
			return len(call.Args) > s.Arg+1 && a.isDenyListKey(call.Args[s.Arg+1])
		}
		return slices.ContainsFunc(s.Commands, is) &&
			slices.ContainsFunc(call.Args[s.Arg+1:], func(e ast.Expr) bool { return k.key(a, e) })
	case storageWrite:
		return k.denyLists && a.isDenyListKey(arg)
	}
	return false
}

// isDenyListKey reports whether a key expression names a deny-list
// entry: it is not constant, and is built from a constant string that
// matches -deny-lists ("jwt_revoke_"+id, fmt.Sprintf("%s%s",
// revokedPrefix, jti)). Writing under such a key revokes what the rest
// of it names: the credential, or its ID.
func (a *pkgAnalysis) isDenyListKey(e ast.Expr) bool {
	if a.settings.denyLists == nil {
		return false
	}
	if tv, ok := a.pass.TypesInfo.Types[e]; !ok || tv.Value != nil {
		return false // a constant key: one entry, not one per credential
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BasicLit:
			if v, ok := a.stringConst(n); ok && a.settings.denyLists.MatchString(v) {
				found = true
			}
		case *ast.Ident:
			if c, isConst := a.pass.TypesInfo.Uses[n].(*types.Const); isConst && c.Val().Kind() == constant.String &&
				a.settings.denyLists.MatchString(constant.StringVal(c.Val())) {
				found = true // const revokePrefix = "jwt_revoke_"
			}
		case *ast.SelectorExpr:
			if c, isConst := a.pass.TypesInfo.Uses[n.Sel].(*types.Const); isConst && c.Val().Kind() == constant.String &&
				a.settings.denyLists.MatchString(constant.StringVal(c.Val())) {
				found = true // auth.RevokeTokenPrefix
			}
			return !found
		}
		return !found
	})
	return found
}

// isSessionKey reports whether a key expression names a session or a
// token ("session:"+sid, fmt.Sprintf("token:%s", t)) or is the request's
// credential.
func (a *pkgAnalysis) isSessionKey(e ast.Expr) bool {
	return a.carriesCredential(e) || a.constantNames(e, namesSession)
}

// constantNames reports whether a string literal or constant in e (const
// sessionPrefix = "session:") says what names reports.
func (a *pkgAnalysis) constantNames(e ast.Expr, names func(string) bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && names(lit.Value) {
			found = true
		}
		if id, ok := n.(*ast.Ident); ok {
			if c, isConst := a.pass.TypesInfo.Uses[id].(*types.Const); isConst && names(c.Val().ExactString()) {
				found = true
			}
		}
		return !found
	})
	return found
}

// modelName returns the name of the model type of an ORM argument: the
// named type behind pointers, slices and arrays.
func modelName(t types.Type) string {
	for t != nil {
		switch u := t.(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Array:
			t = u.Elem()
			continue
		case *types.Alias:
			t = types.Unalias(u)
			continue
		case *types.Named:
			return u.Obj().Name()
		}
		return ""
	}
	return ""
}

// namesSession reports whether a table, model or key name names sessions
// or tokens: one of its words (split at case changes and punctuation:
// UserSession, user_sessions, "session:"+id) is sess or starts with
// session or jwt, or contains token. Words that only contain the letters
// (assessments, possession) do not count.
func namesSession(name string) bool {
	var words []string
	var w []rune
	prevLower := false
	flush := func() {
		if len(w) > 0 {
			words = append(words, strings.ToLower(string(w)))
		}
		w = w[:0]
	}
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			if prevLower {
				flush()
			}
			w = append(w, r)
			prevLower = false
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			w = append(w, r)
			prevLower = true
		default:
			flush()
			prevLower = false
		}
	}
	flush()
	for _, w := range words {
		if w == "sess" || strings.HasPrefix(w, "session") || strings.HasPrefix(w, "jwt") || strings.Contains(w, "token") {
			return true
		}
	}
	return false
}

// isSessionMap reports whether e is a map variable or field whose name
// names sessions or tokens (s.sessions, activeTokens): the app's own
// session table in memory.
func (a *pkgAnalysis) isSessionMap(e ast.Expr) bool {
	if name, ok := a.varName(e); !ok || !namesSession(name) {
		return false
	}
	t := a.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	_, isMap := t.Underlying().(*types.Map)
	return isMap
}
