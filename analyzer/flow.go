package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math/bits"
	"strings"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// A state records what has happened to the session along one path.
type state uint16

const (
	sKill         state = 1 << iota // the server record is gone
	sMark                           // marked for deletion, not yet saved
	sMarkSaved                      // marked for deletion and saved
	sClearPending                   // values wiped in memory, not yet saved
	sCleared                        // values wiped in the store
	sClient                         // the browser cookie was expired
	sSaved                          // the session was saved
	sFresh                          // a loop was entered and its body has not run yet
	sRemember                       // the remember-me record was revoked on the server (see remember.go)
	sReplaced                       // a new, empty session was saved in place of the request's (see knowledge.Fresh)
	numStates     = 1 << 10
)

// apply returns the state after op.
func (s state) apply(o op) state {
	if o.remember {
		s |= sRemember
	}
	if o.fresh {
		// an op on a new session, not the request's: only its save
		// changes anything, the browser's cookie
		if o.eff == effSave {
			s |= sReplaced
		}
		return s
	}
	if o.sum != 0 {
		if o.sum&sSaved != 0 {
			s = s.apply(op{eff: effSave})
		}
		return s | o.sum
	}
	switch o.eff {
	case effKill:
		s |= sKill
	case effClear:
		s |= sCleared
	case effClearPending:
		s |= sClearPending
	case effMark:
		s |= sMark
	case effSave:
		if s&sMark != 0 {
			s |= sMarkSaved
		}
		if s&sClearPending != 0 {
			s |= sCleared
		}
		s |= sSaved
	case effDelete:
		s = s.apply(op{eff: effMark}).apply(op{eff: effSave})
	case effClient:
		s |= sClient
	}
	return s
}

// category judges a state at the end of a successful logout.
func (s state) category(store storeKind) category {
	switch {
	case s&sKill != 0:
		return ""
	case s&sMarkSaved != 0:
		if store == storeCookie {
			return catCookieStore
		}
		return "" // deleted by a server-side (or unknown) store's Save
	case s&sCleared != 0:
		if store == storeCookie {
			return catCookieStore
		}
		return catValuesOnly
	case s&(sMark|sClearPending) != 0:
		return catUnsaved
	case s&sReplaced != 0 && store == storeCookie:
		return catCookieStore // the old cookie is the session, and still decodes
	case s&(sClient|sReplaced) != 0:
		// a new cookie in the browser; a server-side store keeps the
		// request's record
		return catClientOnly
	}
	return catNoInvalidation
}

// A stateSet is a set of states.
type stateSet [numStates / 64]uint64

func (ss *stateSet) add(s state)      { ss[s/64] |= 1 << (s % 64) }
func (ss *stateSet) has(s state) bool { return ss[s/64]&(1<<(s%64)) != 0 }
func (ss *stateSet) empty() bool      { return *ss == stateSet{} }
func (ss *stateSet) union(o stateSet) bool { // reports whether ss grew
	grew := false
	for i := range ss {
		if n := ss[i] | o[i]; n != ss[i] {
			ss[i], grew = n, true
		}
	}
	return grew
}

func (ss *stateSet) each(f func(state)) {
	for i, w := range ss {
		for w != 0 {
			b := bits.TrailingZeros64(w)
			w &^= 1 << b
			f(state(i*64 + b))
		}
	}
}

// A flowResult is what the paths of a function body do to the session.
type flowResult struct {
	exits      stateSet // states at the normal exits
	anyKill    bool     // an invalidation happens somewhere, on any path
	viaSummary state    // what calls to summarised functions do, on any path
	libs       []*library
}

// flow runs the session operations of body along its control-flow graph.
// Paths through error handling and guard clauses are not normal paths: no
// state is carried out of them (see abnormalBlocks).
func (a *pkgAnalysis) flow(body *ast.BlockStmt) flowResult {
	gi := a.graphs[body]
	if gi == nil {
		// the graph, its abnormal parts and its ops do not depend on
		// summaries (calls to this package's functions are resolved as
		// they are applied): build them once per body
		gi = &graphInfo{g: cfg.New(body, a.mayReturn)}
		gi.abnormal, gi.cut = a.abnormalBlocks(body, gi.g)
		gi.loops = findLoops(gi.g)
		gi.ops, gi.deferred = a.blockOps(gi.g, nil)
		splitSessions(gi.ops, gi.deferred)
		a.graphs[body] = gi
	}
	return a.runFlow(body, gi)
}

// runFlow runs the ops of gi, the graph of body, along its paths.
func (a *pkgAnalysis) runFlow(body *ast.BlockStmt, gi *graphInfo) flowResult {
	var res flowResult
	g, abnormal, cutEdges, loops := gi.g, gi.abnormal, gi.cut, gi.loops
	ops, deferred := gi.ops, gi.deferred
	if a.inject != nil {
		ops, deferred = a.blockOps(g, a.inject)
	}
	for _, list := range append(ops, deferred) {
		for _, o := range list {
			o = a.resolve(o)
			if !o.fresh && (o.eff == effKill || o.eff == effMark || o.eff == effDelete) || o.sum&(sKill|sMarkSaved) != 0 {
				res.anyKill = true
			}
			res.viaSummary |= o.sum
			if o.lib != nil && !containsLib(res.libs, o.lib) {
				res.libs = append(res.libs, o.lib)
			}
		}
	}

	in := make([]stateSet, len(g.Blocks))
	in[0].add(0)
	work := []*cfg.Block{g.Blocks[0]}
	queued := make([]bool, len(g.Blocks))
	queued[0] = true
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		queued[b.Index] = false
		if abnormal[b.Index] {
			continue // an error or guard path: not a successful logout
		}
		var out stateSet
		in[b.Index].each(func(s state) {
			for _, o := range ops[b.Index] {
				s = s.apply(a.resolve(o))
			}
			out.add(s)
		})
		if len(b.Succs) == 0 {
			if ret := b.Return(); a.inject != nil && a.inject.at == nil && (ret == nil || ret.Return == body.Rbrace) {
				// falling off the end of the body (the CFG makes that an
				// implicit return at the brace) passes an insertion there
				var end stateSet
				out.each(func(s state) {
					for _, o := range a.inject.ops {
						s = s.apply(a.resolve(o))
					}
					end.add(s)
				})
				out = end
			}
			// a normal exit: deferred calls run now, last first
			out.each(func(s state) {
				for i := len(deferred) - 1; i >= 0; i-- {
					s = s.apply(a.resolve(deferred[i]))
				}
				res.exits.add(s)
			})
			continue
		}
		for i, succ := range b.Succs {
			if cutEdges[[2]int32{b.Index, succ.Index}] {
				continue
			}
			edge := loops.edge(b, i, out)
			if in[succ.Index].union(edge) && !queued[succ.Index] {
				queued[succ.Index] = true
				work = append(work, succ)
			}
		}
	}
	return res
}

// A graphInfo is the control-flow graph of a body and what the flow
// needs of it.
type graphInfo struct {
	g        *cfg.CFG
	abnormal map[int32]bool
	cut      map[[2]int32]bool
	loops    loopHeads
	ops      [][]op // per block, unresolved
	deferred []op   // deferred calls, in order of the defer statements
}

// blockOps returns the ops of each block of g, and the deferred ones, with
// inj's ops (if any) inserted where a suggested fix would put them.
func (a *pkgAnalysis) blockOps(g *cfg.CFG, inj *injection) (ops [][]op, deferred []op) {
	ops = make([][]op, len(g.Blocks))
	injectAt := inj.node(g)
	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		for _, n := range b.Nodes {
			if n == injectAt {
				ops[b.Index] = append(ops[b.Index], inj.ops...)
			}
			o, d := a.opsOf(n)
			ops[b.Index] = append(ops[b.Index], o...)
			deferred = append(deferred, d...)
		}
	}
	return ops, deferred
}

// An injection is what a suggested fix would insert: ops before a
// top-level statement of the body, or at its end (at == nil).
type injection struct {
	at  ast.Stmt
	ops []op
}

// node returns the first CFG node of the statement the injection goes
// before (the statement itself, or its init, condition or first inner
// statement), or nil.
func (inj *injection) node(g *cfg.CFG) ast.Node {
	if inj == nil || inj.at == nil {
		return nil
	}
	var first ast.Node
	for _, b := range g.Blocks {
		for _, n := range b.Nodes {
			if b.Live && n.Pos() >= inj.at.Pos() && n.End() <= inj.at.End() && (first == nil || n.Pos() < first.Pos()) {
				first = n
			}
		}
	}
	return first
}

// loopHeads records, for each loop head block, the blocks inside its loop.
// A loop is assumed to run at least once: its body usually goes over the
// very things being invalidated (sessions, cookies, values), so the path
// that skips it is not a normal one.
type loopHeads map[int32]map[int32]bool

func findLoops(g *cfg.CFG) loopHeads {
	heads := loopHeads{}
	for _, b := range g.Blocks {
		if !b.Live || (b.Kind != cfg.KindForLoop && b.Kind != cfg.KindRangeLoop) || len(b.Succs) != 2 {
			continue
		}
		// the blocks reachable from the body without passing through the
		// head or the block after the loop
		inside := map[int32]bool{}
		stack := []*cfg.Block{b.Succs[0]}
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if x == b || x == b.Succs[1] || inside[x.Index] {
				continue
			}
			inside[x.Index] = true
			stack = append(stack, x.Succs...)
		}
		heads[b.Index] = inside
	}
	return heads
}

// edge returns the states that flow from b along its i-th successor edge:
// entering a loop marks states fresh, the loop's exit drops fresh states
// (zero iterations), and its body clears the mark.
func (l loopHeads) edge(b *cfg.Block, i int, out stateSet) stateSet {
	succ := b.Succs[i]
	if inside, ok := l[succ.Index]; ok && !inside[b.Index] {
		var marked stateSet
		out.each(func(s state) { marked.add(s | sFresh) })
		out = marked
	}
	if _, ok := l[b.Index]; ok {
		var next stateSet
		out.each(func(s state) {
			switch {
			case i == 0:
				next.add(s &^ sFresh)
			case s&sFresh == 0:
				next.add(s)
			}
		})
		out = next
	}
	return out
}

func containsLib(libs []*library, l *library) bool {
	for _, x := range libs {
		if x == l {
			return true
		}
	}
	return false
}

// mayReturn reports whether a call can return (for the CFG).
func (a *pkgAnalysis) mayReturn(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(a.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		return fn.Name() != "panic"
	case *types.Func:
		return !exitFuncIndex.has(fn)
	}
	return true
}

// abnormalBlocks finds the blocks and edges that are not on the path of a
// successful logout:
//   - blocks that answer with an error (http.Error, a 4xx/5xx status),
//     return a non-nil error, or panic;
//   - the branch of an if statement that its condition marks as unusual:
//     err != nil, x == nil, !ok, x == "", a wrong request method;
//   - switch cases for GET, HEAD or OPTIONS in a switch on the method.
func (a *pkgAnalysis) abnormalBlocks(body *ast.BlockStmt, g *cfg.CFG) (map[int32]bool, map[[2]int32]bool) {
	abnormal := map[int32]bool{}
	cut := map[[2]int32]bool{}

	// switch clauses on the request method, and if statements by condition
	unusualCase := map[*ast.CaseClause]bool{}
	ifOfCond := map[ast.Expr]*ast.IfStmt{}
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if is, ok := n.(*ast.IfStmt); ok {
			ifOfCond[is.Cond] = is
		}
		sw, ok := n.(*ast.SwitchStmt)
		if !ok || sw.Tag == nil || !a.isRequestMethod(sw.Tag) {
			return true
		}
		hasUnsafe := false
		for _, s := range sw.Body.List {
			cc := s.(*ast.CaseClause)
			safe := len(cc.List) > 0
			for _, v := range cc.List {
				m, ok := a.stringConst(v)
				if !ok || !isSafeMethod(m) {
					safe = false
					hasUnsafe = hasUnsafe || ok
				}
			}
			unusualCase[cc] = safe
		}
		for _, s := range sw.Body.List {
			if cc := s.(*ast.CaseClause); cc.List == nil && hasUnsafe {
				unusualCase[cc] = true // default: a method the handler does not serve
			}
		}
		return true
	})

	for _, b := range g.Blocks {
		if !b.Live {
			continue
		}
		switch b.Kind {
		case cfg.KindIfThen, cfg.KindIfElse:
			if is, ok := b.Stmt.(*ast.IfStmt); ok {
				then, els := a.unusualBranches(is.Cond)
				if b.Kind == cfg.KindIfThen && then || b.Kind == cfg.KindIfElse && els {
					abnormal[b.Index] = true
				}
			}
		case cfg.KindSwitchCaseBody:
			if cc, ok := b.Stmt.(*ast.CaseClause); ok && unusualCase[cc] {
				abnormal[b.Index] = true
			}
		}
		for _, n := range b.Nodes {
			if a.isErrorExit(n) {
				abnormal[b.Index] = true
			}
		}
		// an if without else whose condition marks the else as unusual:
		// cut the edge from the condition to the code after the if
		if len(b.Succs) == 2 && len(b.Nodes) > 0 {
			if cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr); ok {
				if is := ifOfCond[cond]; is != nil && is.Else == nil {
					if _, els := a.unusualBranches(is.Cond); els {
						cut[[2]int32{b.Index, b.Succs[1].Index}] = true
					}
				}
			}
		}
	}
	return abnormal, cut
}

// unusualBranches reports whether the then or else branch of an if with
// this condition is an error, missing-session or wrong-method branch.
func (a *pkgAnalysis) unusualBranches(cond ast.Expr) (then, els bool) {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			t, f := a.unusualBranches(e.X)
			return f, t
		}
	case *ast.Ident:
		if e.Name == "ok" {
			return false, true // comma-ok: !ok is the unusual branch
		}
	case *ast.CallExpr, *ast.SelectorExpr:
		if present, ok := a.sessionTest(e); ok {
			// sm.Exists(ctx, "userID"), sess.IsNew: no session, nothing to log out
			return !present, present
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LOR:
			t1, f1 := a.unusualBranches(e.X)
			t2, f2 := a.unusualBranches(e.Y)
			return t1 || t2, f1 && f2
		case token.LAND:
			t1, f1 := a.unusualBranches(e.X)
			t2, f2 := a.unusualBranches(e.Y)
			return t1 || t2, f1 || f2
		case token.EQL, token.NEQ:
			x, y := e.X, e.Y
			if a.isNil(x) || a.isEmpty(x) {
				x, y = y, x
			}
			eq := e.Op == token.EQL
			switch {
			case a.isNil(y):
				if a.isError(x) {
					return !eq, eq // err != nil: then is the error branch
				}
				return eq, !eq // x == nil: nothing to log out
			case a.isEmpty(y):
				return eq, !eq // x == "": nothing to log out
			case a.isRequestMethod(x) || a.isRequestMethod(y):
				m, ok := a.stringConst(y)
				if !ok {
					m, _ = a.stringConst(x)
				}
				if !eq {
					return true, false // r.Method != POST: the wrong method
				}
				if isSafeMethod(m) {
					return true, false // r.Method == GET: not the logout itself
				}
				return false, true
			case a.isError(x) && a.isError(y):
				// err == http.ErrNoCookie: a specific error. Not the
				// other way round: err != ErrNotFound holds for nil too
				return eq, false
			case a.carriesCredential(x) || a.carriesCredential(y):
				// cookie.Name == m.cookieName: on the other branch this is
				// not the credential, and there is nothing to log out
				return !eq, eq
			case a.readsSession(x) && !a.isConstant(y) || a.readsSession(y) && !a.isConstant(x):
				// uid == owner: the session is not the requester's, or not
				// the one to log out, on the other branch
				return !eq, eq
			}
		}
	}
	return false, false
}

// isConstant reports whether e is a constant or nil.
func (a *pkgAnalysis) isConstant(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	return ok && (tv.Value != nil || tv.IsNil())
}

func isSafeMethod(m string) bool {
	switch strings.ToUpper(m) {
	case "GET", "HEAD", "OPTIONS":
		return true
	}
	return false
}

func (a *pkgAnalysis) isNil(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}

// isEmpty reports whether e is the constant "" or 0 (as in len(x) == 0).
func (a *pkgAnalysis) isEmpty(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.String:
		return constant.StringVal(tv.Value) == ""
	case constant.Int:
		return constant.Sign(tv.Value) == 0
	}
	return false
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func (a *pkgAnalysis) isError(e ast.Expr) bool {
	t := a.pass.TypesInfo.TypeOf(e)
	return t != nil && types.Implements(t, errorType)
}

// isRequestMethod reports whether e reads the request method.
func (a *pkgAnalysis) isRequestMethod(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if v, ok := a.pass.TypesInfo.Uses[e.Sel].(*types.Var); ok && v.IsField() {
			for t, field := range requestMethodFields {
				if v.Name() == field && isType(a.pass.TypesInfo.TypeOf(e.X), t, true) {
					return true
				}
			}
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(a.pass.TypesInfo, e).(*types.Func); ok {
			return requestMethodIndex.has(fn)
		}
	}
	return false
}

// isErrorExit reports whether a CFG node ends a path with an error: an
// error response, a return of a non-nil error, or a panic.
func (a *pkgAnalysis) isErrorExit(n ast.Node) bool {
	if ret, ok := n.(*ast.ReturnStmt); ok {
		for _, r := range ret.Results {
			if a.isErrorValue(r) {
				return true
			}
		}
	}
	found := false
	a.postorder(n, func(n ast.Node) {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			found = a.isErrorResponse(call)
		}
	})
	return found
}

// isErrorValue reports whether a returned expression is a non-nil error:
// an error variable, or a call that builds one.
func (a *pkgAnalysis) isErrorValue(e ast.Expr) bool {
	e = ast.Unparen(e)
	if !a.isError(e) || a.isNil(e) {
		return false
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		_, isVar := a.objOf(e).(*types.Var)
		return isVar
	case *ast.CallExpr:
		switch fn := typeutil.Callee(a.pass.TypesInfo, e).(type) {
		case *types.Func:
			return errorConstructorIndex.has(fn) || strings.Contains(fn.Name(), "Err")
		case *types.Var:
			return errorConstructorIndex.hasVar(fn) // a replaceable constructor
		}
	}
	return false
}

// isErrorResponse reports whether a call answers with an error.
func (a *pkgAnalysis) isErrorResponse(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(a.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		if errorResponderIndex.has(fn) || a.isErrorExitFunc(fn) {
			return true
		}
		// a 4xx or 5xx status given to the frameworks' response calls, or
		// to the app's own helpers that are given the response to write
		// (writeJSONError(w, msg, http.StatusUnauthorized))
		if !responsePackages[pkgPath(fn.Pkg())] && !a.givenResponse(call) {
			return false
		}
		for _, arg := range call.Args {
			tv, ok := a.pass.TypesInfo.Types[arg]
			if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
				continue
			}
			if code, ok := constant.Int64Val(tv.Value); ok && code >= 400 && code <= 599 {
				return true
			}
		}
	}
	return false
}

// givenResponse reports whether a call is given a value of a handler
// parameter type (the response writer, or a framework's context).
func (a *pkgAnalysis) givenResponse(call *ast.CallExpr) bool {
	for _, arg := range call.Args {
		if t := a.pass.TypesInfo.TypeOf(arg); t != nil && isHandlerParam(t) {
			return true
		}
	}
	return false
}
