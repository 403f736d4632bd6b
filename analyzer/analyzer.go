package analyzer

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

//go:embed doc.go
var docFile string

// Analyzer is logoutcheck with the default configuration and its flags.
// go vet, singlechecker and Bazel nogo use it; programs that need another
// configuration call New.
var Analyzer = New(DefaultConfig())

// New returns a new logoutcheck analyzer for cfg. Its flags write into its
// own copy of cfg, so analyzers built by New never share state.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	// Flags are set before the first package is analysed, and never
	// after: the settings are compiled once, on first use.
	compile := sync.OnceValues(c.compile)
	a := &analysis.Analyzer{
		Name:     "logoutcheck",
		Doc:      analyzerDoc(),
		URL:      "https://github.com/logoutcheck/logoutcheck",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		// A package with type errors is analysed where its code is intact
		// (see broken.go), so that one missing generated file or module
		// does not hide the findings of every package that imports it.
		RunDespiteErrors: true,
		FactTypes:        []analysis.Fact{new(summaryFact), new(storeFact), new(storesFact), new(handlerFact), new(errorExitFact), new(rememberFact), new(convertsFact), new(handoffFact), new(credentialFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			s, err := compile()
			if err != nil {
				return nil, err
			}
			return nil, run(pass, s)
		},
	}
	c.bindFlags(&a.Flags)
	return a
}

// pkgAnalysis holds what run learns about one package.
type pkgAnalysis struct {
	pass          *analysis.Pass
	settings      *settings
	inspect       *inspector.Inspector
	generated     map[*token.File]bool
	funcDecls     map[*types.Func]*ast.FuncDecl // every function declared in the package
	varLits       map[types.Object]*ast.FuncLit // variables holding a handler literal
	varInits      map[types.Object]ast.Expr     // variables assigned exactly once: their value
	freshVars     map[types.Object]bool         // session variables: true if every value assigned is a new session (see knowledge.Fresh)
	summaries     map[*types.Func]state         // what declared functions do to the session
	directives    map[*types.Func]bool          // functions marked //logoutcheck:invalidates
	assumed       map[*types.Func]bool          // functions whose effects are taken, not seen (see summaryFact.Assumed)
	cands         *candidates                   // the package's logout handlers, once found
	callees       map[*types.Func]callee        // what calls to each function do
	inject        *injection                    // ops a suggested fix would add, while it is checked
	graphs        map[*ast.BlockStmt]*graphInfo // control-flow graphs of the bodies analysed
	flows         map[*ast.BlockStmt]flowResult // flows of summarised bodies, with the final summaries
	sources       map[*token.File][]byte        // file contents, for fixes
	storeKind     storeKind                     // the package's session store, where visible
	ownStores     uint8                         // the kinds of store it builds or holds (see ownStoreKinds)
	walker        postWalker                    // see postorder
	uses          *funcUses                     // calls and value uses of declared functions, once needed (see isHelper)
	sessVars      map[types.Object]bool         // local variables holding values read from the session, once needed (see sessionVars)
	credVars      map[types.Object]bool         // local variables holding the credential, once needed (see credentialVars)
	credFuncs     map[*types.Func]bool          // functions returning the credential (see handoff.go)
	paramCred     map[types.Object]bool         // while a parameter is tried as the credential: it, and the variables computed from it
	handoffs      map[*types.Func]uint64        // the parameters each function hands off (see handoff.go)
	broken        bool                          // the package has type errors (see broken.go)
	errorExits    map[*types.Func]bool          // the package's error-exit helpers (see errorexits.go)
	impls         map[*types.Func][]*types.Func // implementations of interface methods in the module (see interfaces.go)
	convs         map[string]bool               // the package's conversions to interfaces, once needed (see ownConversions)
	importedConvs map[string]bool               // those of the module's packages it imports, once needed
	remember      *rememberInfo                 // remember-me cookies issued and accepted (see remember.go)
	remLits       map[types.Object]*ast.CompositeLit
	remVars       map[types.Object]bool // local variables holding a remember-me cookie's value, once needed
}

func run(pass *analysis.Pass, s *settings) error {
	if inGOROOT(pass) {
		return nil // the standard library has no logout handlers and no session helpers
	}
	a := &pkgAnalysis{
		pass:       pass,
		settings:   s,
		inspect:    pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		generated:  map[*token.File]bool{},
		funcDecls:  map[*types.Func]*ast.FuncDecl{},
		varLits:    map[types.Object]*ast.FuncLit{},
		varInits:   map[types.Object]ast.Expr{},
		freshVars:  map[types.Object]bool{},
		summaries:  map[*types.Func]state{},
		directives: map[*types.Func]bool{},
		assumed:    map[*types.Func]bool{},
		callees:    map[*types.Func]callee{},
		graphs:     map[*ast.BlockStmt]*graphInfo{},
		flows:      map[*ast.BlockStmt]flowResult{},
		sources:    map[*token.File][]byte{},
		errorExits: map[*types.Func]bool{},
		impls:      map[*types.Func][]*types.Func{},
		handoffs:   map[*types.Func]uint64{},
	}
	a.broken = len(pass.TypeErrors) > 0
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			a.generated[pass.Fset.File(f.Pos())] = true
		}
	}
	a.index()
	a.exportConversions()
	a.findErrorExits()
	a.rememberCookies()
	a.exportCredentialFuncs()
	a.findHandoffs()
	a.summarize()
	a.ownStores = a.ownStoreKinds()
	a.exportStoreFacts()
	ignores := a.collectIgnores()
	if !a.broken {
		// in a broken package, a directive on a handler left unjudged
		// would look as if it suppressed nothing
		defer reportIgnores(pass, ignores, s.disabled)
	}

	// Only packages that can declare HTTP handlers can have findings.
	if !importsHandlerPackage(pass.Pkg) {
		a.exportHandlerFacts(nil) // handlers of an app's own signature need not import one
		return nil
	}
	a.storeKind = a.packageStoreKind()
	cs := a.findCandidates()
	a.findRoutes(cs)
	a.cands = cs
	a.exportHandlerFacts(cs)
	for _, h := range cs.order {
		tf := pass.Fset.File(h.node.Pos())
		if a.generated[tf] || h.body() == nil || strings.HasSuffix(tf.Name(), "_test.go") {
			continue // generated code, and test doubles of handlers, are not reported
		}
		if a.isHelper(h) {
			continue // judged as part of the handlers that call it
		}
		if a.broken && a.hasUnresolved(h.body()) {
			continue // judged on code the analyzer cannot see: no finding
		}
		v, ok := a.judge(h)
		if !ok {
			// the session ends: does a remember-me cookie survive?
			v, ok = a.judgeRemember(h)
		}
		if ok && !s.disabled[v.cat] && !a.suppressed(ignores, h) {
			var fixes []analysis.SuggestedFix
			var why string
			if !a.broken {
				fixes, why = a.suggestFix(h, v)
			}
			v.noFix = why
			report(pass, h, v, fixes)
		}
	}
	a.reportForeign(cs, ignores)
	return nil
}

// index records the package's function declarations and the variables
// that hold handler literals.
func (a *pkgAnalysis) index() {
	for cur := range a.inspect.Root().Preorder((*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := a.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				a.funcDecls[fn] = n
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					a.recordLit(a.objOf(n.Lhs[i]), rhs)
				}
			} else {
				for _, lhs := range n.Lhs {
					a.recordFresh(a.objOf(lhs), nil) // sess, err := store.Get(r, name)
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, v := range n.Values {
					a.recordLit(a.pass.TypesInfo.Defs[n.Names[i]], v)
				}
			}
		}
	}
}

func (a *pkgAnalysis) recordLit(obj types.Object, e ast.Expr) {
	if obj == nil {
		return
	}
	a.recordFresh(obj, e)
	if sessionTypeLib(obj.Type(), maxAgeFields) != nil {
		// an Options variable, as in opts := sessions.Options{MaxAge: -1}
		if _, seen := a.varInits[obj]; seen {
			a.varInits[obj] = nil // assigned more than once: no single value
		} else {
			a.varInits[obj] = e
		}
	}
	if lit, ok := ast.Unparen(e).(*ast.FuncLit); ok && a.isHandlerExpr(lit) {
		a.varLits[obj] = lit
	}
}

// recordFresh records a value assigned to a variable of a session type:
// the variable holds a new session, not the request's, while every value
// it is given is one (s := sessions.NewSession(store, name)). A nil e is
// a value of another kind.
func (a *pkgAnalysis) recordFresh(obj types.Object, e ast.Expr) {
	if obj == nil || !a.isOneOf(obj.Type(), sessionTypes) {
		return
	}
	fresh := false
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if fn := typeutil.StaticCallee(a.pass.TypesInfo, call); fn != nil {
			row, ok := apiIndex.of(fn.Origin())
			fresh = ok && row.Effect == effFresh
		}
	}
	if prev, seen := a.freshVars[obj]; seen {
		fresh = fresh && prev
	}
	a.freshVars[obj] = fresh
}

// judge runs a candidate's paths and returns the finding, if any.
func (a *pkgAnalysis) judge(h *candidate) (verdict, bool) {
	f := a.paths(h.body())
	v, ok := f.verdict(storeKind(f.Store))
	if ok && v.lib == nil {
		v.lib = a.packageLibrary()
	}
	if ok && v.lib != nil && v.lib.StoreMatters {
		switch a.storeKindIn(h.body()) {
		case storeUnknown:
			// a store out of sight is a question only for a handler that
			// holds a session of the library: one that holds none uses no
			// store here
			v.storeUnseen = v.cat != catCookieStore && a.holdsSession(h.body(), v.lib) // the hint and fix cannot assume a server-side store
		case storeCookie:
			v.cookieStore = true // no save can help: the hint is to change the store
		}
	}
	return v, ok
}

// holdsSession reports whether body has an expression of one of lib's
// session types.
func (a *pkgAnalysis) holdsSession(body *ast.BlockStmt, lib *library) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if found || !ok {
			return !found
		}
		if t := a.pass.TypesInfo.TypeOf(e); t != nil {
			for _, p := range lib.Values {
				if isType(t, p.TypeName, p.Pointer) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// goroot is the source directory of the standard library, or "" if
// unknown.
var goroot = func() string {
	if runtime.GOROOT() == "" {
		return ""
	}
	return filepath.Join(runtime.GOROOT(), "src") + string(filepath.Separator)
}()

// inGOROOT reports whether the package is part of the standard library
// this binary was built with.
func inGOROOT(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || goroot == "" {
		return false
	}
	return strings.HasPrefix(pass.Fset.File(pass.Files[0].Pos()).Name(), goroot)
}

// packageLibrary returns the first session library, in registry order,
// that the package imports.
func (a *pkgAnalysis) packageLibrary() *library {
	imported := map[string]bool{}
	for _, p := range a.pass.Pkg.Imports() {
		imported[pkgPath(p)] = true
	}
	for _, si := range sessionImports {
		if imported[si.pkg] {
			return si.lib
		}
	}
	return nil
}

// importsHandlerPackage reports whether pkg imports a package that
// defines handler parameter types (net/http or a framework), directly or
// through one package in between (main registering routes on the router
// its server package returns, without naming the framework), or imports
// a package that declares the request types of a handler shape (a
// goframe controller taking the *v1.SignOutReq of its api package, which
// embeds g.Meta, needs no import of the framework).
func importsHandlerPackage(pkg *types.Package) bool {
	if importsAny(pkg, handlerPackages) {
		return true
	}
	for _, p := range pkg.Imports() {
		if importsAny(p, handlerPackages) || declaresEmbedding(p) {
			return true
		}
	}
	return false
}

// declaresEmbedding reports whether pkg declares a struct type that
// embeds the type of a handler shape's Embeds parameter.
func declaresEmbedding(pkg *types.Package) bool {
	if len(embeddedParams) == 0 {
		return false
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if _, isStruct := tn.Type().Underlying().(*types.Struct); !isStruct {
			continue
		}
		for _, e := range embeddedParams {
			if embeds(tn.Type(), e, 0) {
				return true
			}
		}
	}
	return false
}

// analyzerDoc returns the "# Analyzer logoutcheck" section of doc.go: the
// package doc is the one place the analyzer is described.
func analyzerDoc() string {
	var lines []string
	in := false
	for _, line := range strings.Split(docFile, "\n") {
		text, isComment := strings.CutPrefix(line, "//")
		if !isComment {
			if in {
				break
			}
			continue
		}
		text = strings.TrimPrefix(text, " ")
		if strings.HasPrefix(text, "# ") {
			if in {
				break
			}
			in = text == "# Analyzer logoutcheck"
			continue
		}
		if in {
			lines = append(lines, text)
		}
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
