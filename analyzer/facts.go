package analyzer

import (
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A summaryFact records what a function does to the session on every one
// of its normal paths, so that calls to it count wherever they are made:
// a helper that destroys the session invalidates it for its callers, in
// this package and in others.
type summaryFact struct {
	Effects uint16 // a state: the bits set on every normal path
	// Assumed says the effects are taken, not seen: the function calls
	// (perhaps through others) code of a package with type errors. Its
	// callers are silent on its account, but no fix calls it.
	Assumed bool
}

func (*summaryFact) AFact() {}

func (f *summaryFact) String() string {
	var names []string
	for _, b := range []struct {
		bit  state
		name string
	}{
		{sKill, "kill"}, {sMark, "mark"}, {sMarkSaved, "marksaved"}, {sClearPending, "clearpending"},
		{sCleared, "cleared"}, {sClient, "client"}, {sSaved, "saved"}, {sRemember, "remember"}, {sReplaced, "replaced"},
	} {
		if state(f.Effects)&b.bit != 0 {
			names = append(names, b.name)
		}
	}
	if f.Assumed {
		names = append(names, "assumed")
	}
	return "session(" + strings.Join(names, ",") + ")"
}

// directive marks a function that invalidates the session in a way the
// analyzer cannot see, e.g. a SQL DELETE: "//logoutcheck:invalidates" in
// its doc comment.
const directive = "//logoutcheck:invalidates"

// summarize computes the summary of every function declared in the
// package that calls something with a session effect, iterating until no
// summary changes (helpers may call each other in any order, or
// recursively), and exports them as facts.
func (a *pkgAnalysis) summarize() {
	// directives first: they are facts by declaration
	for fn, d := range a.funcDecls {
		if d.Doc == nil {
			continue
		}
		for _, c := range d.Doc.List {
			if strings.HasPrefix(c.Text, directive) {
				a.directives[fn] = true
				a.summaries[fn] = sKill
			}
		}
	}

	// in a package with type errors, a function that calls something the
	// analyzer cannot resolve may invalidate the session there: it is
	// taken to, so that no caller is reported on its account
	if a.broken {
		for fn, d := range a.funcDecls {
			if d.Body != nil && !a.directives[fn] && a.hasUnresolved(d.Body) {
				a.directives[fn] = true
				a.summaries[fn] = sKill
				a.assumed[fn] = true
			}
		}
	}

	// callers: which declared functions call which others of this
	// package; seeds: the functions with a session effect of their own.
	callers := map[*types.Func][]*types.Func{}
	var seeds []*types.Func
	var tainted []*types.Func // callers of functions whose effects are assumed
	var cur *types.Func       // the declared function being walked
	var curDecl *ast.FuncDecl
	direct := false
	flush := func() {
		if cur != nil && direct {
			seeds = append(seeds, cur)
		}
		cur, curDecl, direct = nil, nil, false
	}
	for c := range a.inspect.Root().Preorder((*ast.FuncDecl)(nil), (*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.SendStmt)(nil)) {
		n := c.Node()
		if curDecl != nil && n.Pos() >= curDecl.End() {
			flush()
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			flush()
			if fn, ok := a.pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil && !a.directives[fn] {
				cur, curDecl = fn, n
			}
		case *ast.CallExpr:
			if cur == nil {
				continue
			}
			obj := typeutil.Callee(a.pass.TypesInfo, n)
			if fn, ok := obj.(*types.Func); ok && a.isAssumed(fn) {
				tainted = append(tainted, cur)
			}
			if fn, ok := obj.(*types.Func); ok && a.funcDecls[fn.Origin()] != nil {
				callers[fn.Origin()] = append(callers[fn.Origin()], cur)
			} else if ok && isInterfaceMethod(fn) && a.inModule(fn.Pkg()) && !knownPackages[pkgPath(fn.Pkg())] {
				// a call through an interface calls its implementations
				for _, m := range a.implementations(fn) {
					if a.funcDecls[m] != nil {
						callers[m] = append(callers[m], cur)
					}
				}
			}
			if !direct {
				o := a.resolve(a.callOpOf(n, obj))
				direct = o.eff != effNone || o.sum != 0 || o.remember
			}
		case *ast.AssignStmt:
			direct = direct || cur != nil && (a.assignOp(n).eff != effNone || a.assignsRemember(n))
		case *ast.SendStmt:
			direct = direct || cur != nil && a.carriesCredential(n.Value)
		}
	}
	flush()

	// Summaries are a "must" property (what every normal path does), so
	// they are computed as a greatest fixed point: every function that
	// has, or calls something that has, a session effect starts with all
	// effects and loses those some path lacks. Recursion then converges
	// to what the non-recursive paths do. Each step removes bits from one
	// summary, so the loop ends.
	const all = sKill | sMark | sMarkSaved | sClearPending | sCleared | sClient | sSaved | sRemember | sReplaced
	var work []*types.Func
	for len(seeds) > 0 {
		fn := seeds[0]
		seeds = seeds[1:]
		if _, ok := a.summaries[fn]; ok {
			continue
		}
		a.summaries[fn] = all
		work = append(work, fn)
		for _, c := range callers[fn] {
			if !a.directives[c] && a.funcDecls[c].Body != nil {
				seeds = append(seeds, c)
			}
		}
	}
	sortFuncs(work)
	queued := map[*types.Func]bool{}
	for _, fn := range work {
		queued[fn] = true
	}
	for len(work) > 0 {
		fn := work[0]
		work = work[1:]
		queued[fn] = false
		sum := all
		exits := false
		body := a.funcDecls[fn].Body
		res := a.flow(body)
		// the last run of a function sees the final summaries of its
		// callees (a change requeues it): judging reuses it
		a.flows[body] = res
		res.exits.each(func(s state) {
			sum &= s
			exits = true
		})
		if !exits {
			sum = 0 // no normal path: it promises nothing
		}
		if sum == a.summaries[fn] {
			continue
		}
		a.summaries[fn] = sum
		for _, c := range callers[fn] {
			if !queued[c] && !a.directives[c] {
				queued[c] = true
				work = append(work, c)
			}
		}
	}

	// what calls an assumed function, directly or not, is assumed too
	for fn := range a.assumed {
		tainted = append(tainted, callers[fn]...)
	}
	for len(tainted) > 0 {
		fn := tainted[0]
		tainted = tainted[1:]
		if a.assumed[fn] {
			continue
		}
		a.assumed[fn] = true
		tainted = append(tainted, callers[fn]...)
	}

	// Logout handlers keep their summaries to themselves: they are
	// reported where they are. One that takes more than a handler's
	// parameters (Logout(c, db)) cannot be registered itself, so it is
	// called, by a route's closure in another package, and is a helper.
	for fn, s := range a.summaries {
		if s != 0 && fn.Pkg() == a.pass.Pkg && (!isExactHandlerSig(fn.Signature(), fn.Pkg()) || a.matchName(fn.Name()) == "") {
			a.pass.ExportObjectFact(fn, &summaryFact{Effects: uint16(s), Assumed: a.assumed[fn]})
		}
	}
}

func sortFuncs(fns []*types.Func) {
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
}

// isAssumed reports whether fn's effects are taken, not seen (see
// summaryFact.Assumed).
func (a *pkgAnalysis) isAssumed(fn *types.Func) bool {
	fn = fn.Origin()
	if fn.Pkg() == a.pass.Pkg {
		return a.assumed[fn]
	}
	var f summaryFact
	return a.pass.ImportObjectFact(fn, &f) && f.Assumed
}
