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
	Effects uint8 // a state: the bits set on every normal path
}

func (*summaryFact) AFact() {}

func (f *summaryFact) String() string {
	var names []string
	for _, b := range []struct {
		bit  state
		name string
	}{
		{sKill, "kill"}, {sMark, "mark"}, {sMarkSaved, "marksaved"}, {sClearPending, "clearpending"},
		{sCleared, "cleared"}, {sClient, "client"}, {sSaved, "saved"},
	} {
		if state(f.Effects)&b.bit != 0 {
			names = append(names, b.name)
		}
	}
	return "session(" + strings.Join(names, ",") + ")"
}

// directive marks a function that invalidates the session in a way the
// analyzer cannot see, e.g. a SQL DELETE: "//logoutcheck:invalidates" in
// its doc comment.
const directive = "//logoutcheck:invalidates"

// summaryOf returns the summary of fn: computed in this package, or
// imported as a fact.
func (a *pkgAnalysis) summaryOf(fn *types.Func) (state, bool) {
	if s, ok := a.summaries[fn]; ok {
		return s, s != 0
	}
	if fn.Pkg() == a.pass.Pkg {
		return 0, false
	}
	var f summaryFact
	if a.pass.ImportObjectFact(fn, &f) {
		return state(f.Effects), f.Effects != 0
	}
	return 0, false
}

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

	// callers: which declared functions call which others of this package
	callers := map[*types.Func][]*types.Func{}
	var work []*types.Func
	for fn, d := range a.funcDecls {
		if d.Body == nil || a.directives[fn] {
			continue
		}
		relevant := false
		ast.Inspect(d.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if callee := typeutil.StaticCallee(a.pass.TypesInfo, call); callee != nil && a.funcDecls[callee.Origin()] != nil {
				callers[callee.Origin()] = append(callers[callee.Origin()], fn)
			}
			if !relevant {
				if o := a.callOp(call); o.eff != effNone || o.sum != 0 {
					relevant = true
				}
			}
			return true
		})
		if !relevant {
			if as, ok := firstAssignOp(a, d.Body); ok {
				relevant = as
			}
		}
		if relevant {
			work = append(work, fn)
		}
	}
	sortFuncs(work)

	// Summaries only grow (facts are added, never removed), so the loop
	// ends; the bound guards against a bug turning it into a hang.
	queued := map[*types.Func]bool{}
	for _, fn := range work {
		queued[fn] = true
	}
	for steps := 0; len(work) > 0 && steps < 50*len(a.funcDecls)+100; steps++ {
		fn := work[0]
		work = work[1:]
		queued[fn] = false
		res := a.flow(a.funcDecls[fn].Body)
		sum := state(0)
		first := true
		res.exits.each(func(s state) {
			if first {
				sum, first = s, false
			} else {
				sum &= s
			}
		})
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

	// Handlers keep their summaries to themselves: only helpers are
	// called from other packages.
	for fn, s := range a.summaries {
		if s != 0 && fn.Pkg() == a.pass.Pkg && !isHandlerSig(fn.Signature()) {
			a.pass.ExportObjectFact(fn, &summaryFact{Effects: uint8(s)})
		}
	}
}

// firstAssignOp reports whether the body assigns a session field.
func firstAssignOp(a *pkgAnalysis, body *ast.BlockStmt) (bool, bool) {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && a.assignOp(as).eff != effNone {
			found = true
		}
		return !found
	})
	return found, true
}

func sortFuncs(fns []*types.Func) {
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
}
