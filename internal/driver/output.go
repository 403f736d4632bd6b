package driver

import (
	"crypto/sha256"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A finding is one diagnostic of a root package, with what is needed to
// print and fix it.
type finding struct {
	diag analysis.Diagnostic
	pkg  *packages.Package
	posn token.Position
	end  token.Position
}

// collect returns the diagnostics of the roots, each once (a file of
// package p is also in p's test variant), ordered by position.
func collect(g *checker.Graph) []finding {
	type key struct {
		posn, end token.Position
		msg       string
	}
	seen := map[key]bool{}
	var out []finding
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			f := finding{diag: d, pkg: act.Package, posn: act.Package.Fset.Position(d.Pos), end: act.Package.Fset.Position(d.End)}
			k := key{f.posn, f.end, d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].posn, out[j].posn
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return out
}

// printFinding prints "file:line:col: message [category]", and with -c
// the offending line and its context.
func (d *driver) printFinding(w io.Writer, f finding) {
	cat := ""
	if f.diag.Category != "" {
		cat = " [" + f.diag.Category + "]"
	}
	fmt.Fprintf(w, "%s: %s%s\n", f.posn, f.diag.Message, cat)
	if n := d.opts.context; n >= 0 && f.posn.Filename != "" {
		data, err := os.ReadFile(f.posn.Filename)
		if err != nil {
			return
		}
		lines := strings.Split(string(data), "\n")
		for i := max(f.posn.Line-n, 1); i <= min(f.posn.Line+n, len(lines)); i++ {
			fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
		}
	}
}

// reportLoadErrors prints the errors of the loaded packages, each naming
// its package, and reports whether there were any. Errors of the standard
// library and third-party packages matter only where they stop a checked
// package from being analysed; those are named by reportActionErrors.
func (d *driver) reportLoadErrors(prog *program) bool {
	any := false
	seen := map[string]bool{}
	for _, p := range prog.roots {
		typeErrors := slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return e.Kind != packages.ListError })
		for _, e := range p.Errors {
			if typeErrors && e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ") {
				// the compiler's output from building the package's export
				// data: the same errors as the parse and type errors
				any = true
				continue
			}
			var msg string
			if e.Pos == "" || e.Pos == "-" {
				msg = fmt.Sprintf("%s: package %s: %s", d.a.Name, p.PkgPath, e.Msg)
			} else {
				msg = fmt.Sprintf("%s: %s (package %s)", e.Pos, e.Msg, p.PkgPath)
			}
			if !seen[msg] {
				seen[msg] = true
				fmt.Fprintln(d.stderr, msg)
			}
			any = true
		}
	}
	return any
}

// reportActionErrors names each package the analysis skipped or failed
// on, with the reason, and reports whether there were any.
func (d *driver) reportActionErrors(g *checker.Graph) bool {
	any := false
	seen := map[string]bool{}
	for act := range g.All() {
		if act.Err == nil || act.Analyzer != d.a {
			continue
		}
		any = true
		reason := act.Err.Error()
		if act.Package.IllTyped {
			reason = "it does not type-check"
			if first := firstError(act.Package); first != "" {
				reason += ": " + first
			}
		} else if strings.HasPrefix(reason, "failed prerequisites") {
			reason = "a package it imports was skipped"
		}
		msg := fmt.Sprintf("%s: package %s skipped: %s", d.a.Name, act.Package.PkgPath, reason)
		if !seen[msg] {
			seen[msg] = true
			fmt.Fprintln(d.stderr, msg)
		}
	}
	return any
}

// firstError returns the first error in p or the packages it imports.
func firstError(p *packages.Package) string {
	var first string
	packages.Visit([]*packages.Package{p}, func(q *packages.Package) bool { return first == "" }, func(q *packages.Package) {
		if first == "" && len(q.Errors) > 0 {
			first = q.Errors[0].Error()
			if q != p {
				first = "package " + q.PkgPath + ": " + first
			}
		}
	})
	return first
}

// warnInvalidators warns of each -invalidators entry that names no
// function in the loaded program.
func (d *driver) warnInvalidators(progs []*program) {
	f := d.a.Flags.Lookup("invalidators")
	if f == nil || f.Value.String() == "" {
		return
	}
	pkgs := map[string]*types.Package{}
	var add func(p *types.Package)
	add = func(p *types.Package) {
		if p == nil || pkgs[p.Path()] != nil {
			return
		}
		pkgs[p.Path()] = p
		for _, imp := range p.Imports() {
			add(imp)
		}
	}
	for _, prog := range progs {
		for _, p := range prog.all {
			add(p.Types)
		}
	}
	for _, name := range strings.Split(f.Value.String(), ",") {
		if name = strings.TrimSpace(name); name != "" && !resolves(pkgs, name) {
			fmt.Fprintf(d.stderr, "%s: warning: -invalidators: %s names no function in the loaded program\n", d.a.Name, name)
		}
	}
}

// resolves reports whether the canonical name ("pkg.F", "(pkg.T).M",
// "(*pkg.T).M") names a function or method of a loaded package.
func resolves(pkgs map[string]*types.Package, name string) bool {
	recv, method := "", ""
	if strings.HasPrefix(name, "(") {
		end := strings.Index(name, ").")
		if end < 0 {
			return false
		}
		recv, method = strings.TrimPrefix(name[1:end], "*"), name[end+2:]
		name = recv
	}
	slash := strings.LastIndex(name, "/")
	dot := strings.LastIndex(name[slash+1:], ".")
	if dot < 0 {
		return false
	}
	path, ident := name[:slash+1+dot], name[slash+2+dot:]
	p := pkgs[path]
	if p == nil {
		return false
	}
	obj := p.Scope().Lookup(ident)
	if recv == "" {
		_, ok := obj.(*types.Func)
		return ok
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return false
	}
	m, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, p, method)
	_, ok = m.(*types.Func)
	return ok
}

// executableHash returns the SHA-256 of the running executable.
func executableHash() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return "unknown"
	}
	return fmt.Sprintf("%x", sha256.Sum256(data))
}
