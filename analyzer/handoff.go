package analyzer

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// Apps pass the credential through layers of their own: the handler gives
// the token to a service method, which gives it to a repository interface
// implemented out of sight (see credential.go and interfaces.go). Inside
// the service the token is only a parameter, so two summaries carry the
// hand-off across functions and packages: a function that, on every
// normal path, hands its parameter i to code out of sight (a handoffFact)
// is a hand-off for a caller that gives it the credential as argument i;
// and a function whose result is the request's credential (a
// credentialFact: the app's own ExtractToken(c)) is a source of it.

// A handoffFact records the parameters a function hands to code out of
// sight on every normal path (a bit per parameter index).
type handoffFact struct {
	Params uint64
}

func (*handoffFact) AFact() {}

func (f *handoffFact) String() string {
	var idx []string
	for i := 0; i < 64; i++ {
		if f.Params&(1<<i) != 0 {
			idx = append(idx, strconv.Itoa(i))
		}
	}
	return "handoff(" + strings.Join(idx, ",") + ")"
}

// A credentialFact marks a function whose first result is the request's
// credential on every return that gives it a value.
type credentialFact struct{}

func (*credentialFact) AFact() {}

func (*credentialFact) String() string { return "credential" }

// handoffParams returns the parameters fn hands off (see handoffFact).
func (a *pkgAnalysis) handoffParams(fn *types.Func) uint64 {
	if fn.Pkg() == a.pass.Pkg {
		return a.handoffs[fn]
	}
	if fn.Pkg() == nil || knownPackages[pkgPath(fn.Pkg())] || !a.inModule(fn.Pkg()) {
		return 0
	}
	var f handoffFact
	if a.pass.ImportObjectFact(fn, &f) {
		return f.Params
	}
	return 0
}

// handsOffArgs reports whether call gives the credential to a parameter
// that fn hands off.
func (a *pkgAnalysis) handsOffArgs(call *ast.CallExpr, fn *types.Func) bool {
	params := a.handoffParams(fn)
	if params == 0 {
		return false
	}
	n := fn.Signature().Params().Len()
	for i, arg := range call.Args {
		j := i
		if fn.Signature().Variadic() && j >= n-1 {
			j = n - 1
		}
		if j < 64 && params&(1<<j) != 0 && a.carriesCredential(arg) {
			return true
		}
	}
	return false
}

// findHandoffs computes the parameters each function of the package
// hands off, until nothing changes (a function may hand its parameter to
// another that hands it off), and exports them for exported functions.
// A parameter is handed off when the body, run with it taken as the
// credential, invalidates on every normal path.
func (a *pkgAnalysis) findHandoffs() {
	a.credentialVars() // computed without any parameter taken as the credential
	var decls []*ast.FuncDecl
	for _, d := range a.funcDecls {
		if d.Body != nil {
			decls = append(decls, d)
		}
	}
	sortDecls(decls)
	for changed := true; changed; {
		changed = false
		for _, d := range decls {
			fn := a.pass.TypesInfo.Defs[d.Name].(*types.Func)
			if isHandlerSig(fn.Signature(), fn.Pkg()) || !a.mayHandOff(d.Body) || a.killsOnEveryPath(d.Body) {
				continue // a function that invalidates anyway says so in its summary
			}
			params := fn.Signature().Params()
			for i := 0; i < params.Len() && i < 64; i++ {
				p := params.At(i)
				if a.handoffs[fn]&(1<<i) != 0 || p.Name() == "" || p.Name() == "_" || !mayCarryCredential(p.Type()) {
					continue
				}
				if a.handsOffParam(d.Body, p) {
					a.handoffs[fn] |= 1 << i
					changed = true
				}
			}
		}
	}
	for fn, params := range a.handoffs {
		if params != 0 && fn.Exported() {
			a.pass.ExportObjectFact(fn, &handoffFact{Params: params})
		}
	}
}

// mayCarryCredential reports whether a parameter of type t may be given
// the credential: not the request, the response, a context, a function
// or a channel.
func mayCarryCredential(t types.Type) bool {
	if isHandlerParam(t) {
		return false
	}
	if n := namedOf(t); n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Signature, *types.Chan:
		return false
	}
	return true
}

// mayHandOff reports whether body makes a call or send that can hand a
// value to code out of sight, so that running it with a parameter taken
// as the credential may find a hand-off.
func (a *pkgAnalysis) mayHandOff(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.SendStmt:
			found = true
		case *ast.CallExpr:
			switch fn := typeutil.Callee(a.pass.TypesInfo, n).(type) {
			case *types.Func:
				found = a.handoffParams(fn.Origin()) != 0 ||
					isInterfaceMethod(fn) && a.inModule(fn.Pkg()) && !knownPackages[pkgPath(fn.Pkg())]
			case *types.Builtin, *types.TypeName:
			default:
				found = len(n.Args) > 0
			}
		}
		return !found
	})
	return found
}

// handsOffParam reports whether body, run with the parameter p (and the
// local variables computed from it) taken as the credential, invalidates
// on every normal path.
func (a *pkgAnalysis) handsOffParam(body *ast.BlockStmt, p *types.Var) bool {
	a.paramCred = map[types.Object]bool{p: true}
	defer func() { a.paramCred = nil }()
	a.deriveVarsIn(body, a.paramCred, true, a.carriesCredential)
	return a.killsOnEveryPath(body)
}

// killsOnEveryPath reports whether body invalidates on every normal path,
// as far as the hand-offs found so far tell: its graph is built afresh
// and not kept, since its ops change as hand-offs are found.
func (a *pkgAnalysis) killsOnEveryPath(body *ast.BlockStmt) bool {
	gi := &graphInfo{g: cfg.New(body, a.mayReturn)}
	gi.abnormal, gi.cut = a.abnormalBlocks(body, gi.g)
	gi.loops = findLoops(gi.g)
	gi.ops, gi.deferred = a.blockOps(gi.g, nil)
	res := a.runFlow(body, gi)
	all, exits := true, false
	res.exits.each(func(s state) {
		exits = true
		all = all && s&sKill != 0
	})
	return exits && all
}

// returnsCredential reports whether call is of a function whose result is
// the credential (see credentialFact).
func (a *pkgAnalysis) returnsCredential(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return false
	}
	fn = fn.Origin()
	if fn.Pkg() == a.pass.Pkg {
		return a.credFuncs[fn]
	}
	if fn.Pkg() == nil || knownPackages[pkgPath(fn.Pkg())] || !a.inModule(fn.Pkg()) {
		return false
	}
	return a.pass.ImportObjectFact(fn, new(credentialFact))
}

// findCredentialFuncs adds to credFuncs the functions of the package
// whose first result, on every return that gives it a value that is not
// a constant, carries the credential, and one does; it reports whether
// it added any.
func (a *pkgAnalysis) findCredentialFuncs() bool {
	added := false
	for fn, d := range a.funcDecls {
		res := fn.Signature().Results()
		if d.Body == nil || a.credFuncs[fn] || res.Len() == 0 || types.Identical(res.At(0).Type(), errorType) {
			continue
		}
		ok, hit := true, false
		ast.Inspect(d.Body, func(n ast.Node) bool {
			if !ok {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				switch {
				case len(n.Results) == 0: // a bare return of named results
					if a.credentialVars()[res.At(0)] {
						hit = true
					} else {
						ok = false
					}
				case a.carriesCredential(n.Results[0]):
					hit = true
				case !a.isConstant(n.Results[0]):
					ok = false
				}
			}
			return true
		})
		if ok && hit {
			a.credFuncs[fn] = true
			added = true
		}
	}
	return added
}

// exportCredentialFuncs exports the credentialFacts of the package's
// exported functions.
func (a *pkgAnalysis) exportCredentialFuncs() {
	a.credentialVars()
	for fn := range a.credFuncs {
		if fn.Exported() {
			a.pass.ExportObjectFact(fn, &credentialFact{})
		}
	}
}
