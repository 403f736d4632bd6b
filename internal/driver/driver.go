// Package driver is the logoutcheck command: a driver on the
// golang.org/x/tools/go/analysis/checker API that loads the modules being
// checked in full and everything else for its declarations only, prints
// findings with their category, applies fixes with a summary, writes
// SARIF, and checks every module of a repository in one run. Under go vet
// and go fix it hands over to unitchecker.
package driver

import (
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// Exit codes, as singlechecker's.
const (
	exitOK       = 0
	exitError    = 1
	exitUsage    = 2
	exitFindings = 3
)

// options are the driver's own flags.
type options struct {
	fix, diff, json, tests bool
	context                int
	format, sarifFile      string
	debug                  string
}

// Main runs the command for analyzer a and exits.
func Main(a *analysis.Analyzer) {
	args := os.Args[1:]
	if unitcheckerCall(args) {
		// go vet, go fix: one package per call, facts in files. The
		// single-analyzer checker keeps the flags unprefixed (-disable,
		// not -logoutcheck.disable) and hands the .cfg to unitchecker.
		singlechecker.Main(a)
		panic("unreachable")
	}
	os.Exit(run(a, args, os.Stdout, os.Stderr))
}

// unitcheckerCall reports whether args are a call by go vet or go fix:
// one *.cfg file after the flags, or the -flags query.
func unitcheckerCall(args []string) bool {
	var rest []string
	for i, arg := range args {
		if arg == "-flags" || arg == "--flags" || arg == "-flags=true" {
			return true
		}
		if !strings.HasPrefix(arg, "-") {
			rest = args[i:]
			break
		}
	}
	return len(rest) == 1 && strings.HasSuffix(rest[0], ".cfg")
}

func run(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes, then list the findings that still need a person (exit status 3 while any remain)")
	fs.BoolVar(&o.diff, "diff", false, "print the suggested fixes as a unified diff instead of applying them")
	fs.BoolVar(&o.json, "json", false, "print the findings as JSON on stdout (exit status 0)")
	fs.IntVar(&o.context, "c", -1, "print the offending line with this many lines of context")
	fs.BoolVar(&o.tests, "test", true, "check test files too")
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	fs.StringVar(&o.sarifFile, "sarif", "", "also write the findings as SARIF 2.1.0 to this file")
	fs.StringVar(&o.debug, "debug", "", "debug flags: v (verbose: the loading mode of each module)")
	fs.Bool("flags", false, "print the analyzer's flags in JSON (for go vet)")
	fs.Var(versionFlag{stdout}, "V", "print the version and exit")
	fs.Usage = func() { usage(a, fs, stderr) }
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	if o.json {
		o.format = "json"
	}
	if !slices.Contains([]string{"text", "json", "sarif"}, o.format) {
		fmt.Fprintf(stderr, "%s: invalid value %q for flag -format: want text, json or sarif\n", a.Name, o.format)
		return exitUsage
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		usage(a, fs, stderr)
		return exitUsage
	}
	d := &driver{a: a, opts: o, stdout: stdout, stderr: stderr, fset: token.NewFileSet()}
	return d.main(patterns)
}

func usage(a *analysis.Analyzer, fs *flag.FlagSet, w io.Writer) {
	paras := strings.Split(a.Doc, "\n\n")
	fmt.Fprintf(w, "%s\n\n", strings.TrimSpace(paras[0])) // the doc starts with the name
	fmt.Fprintf(w, "Usage: %s [-flag] [package ...]\n", a.Name)
	fmt.Fprintf(w, "       go vet -vettool=\"$(go env GOPATH)/bin/%s\" [-flag] [package ...]\n\n", a.Name)
	if len(paras) > 1 {
		fmt.Fprintln(w, strings.Join(paras[1:], "\n\n"))
	}
	fmt.Fprintln(w, "\nFlags:")
	fs.PrintDefaults()
}

// versionFlag prints the module version from the build info. The line
// satisfies go vet's -V=full protocol: the build ID, a hash of the
// executable, keys go vet's cache to this very binary.
type versionFlag struct{ w io.Writer }

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) String() string   { return "" }
func (f versionFlag) Set(s string) error {
	if s != "true" && s != "full" {
		return fmt.Errorf("want -V or -V=full")
	}
	fmt.Fprintln(f.w, versionLine())
	os.Exit(exitOK)
	return nil
}

// versionLine returns "logoutcheck version VERSION buildID=HASH".
func versionLine() string {
	version := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok {
		version = moduleVersion(bi)
	}
	return fmt.Sprintf("logoutcheck version %s buildID=%s", version, executableHash())
}

// modulePath is the module of the command.
const modulePath = "github.com/logoutcheck/logoutcheck"

// moduleVersion returns the version of logoutcheck's module in the build
// info: the main module's when the command was built in its own module
// (go install ...@version, or a VCS-stamped build of a clone), the
// requirement's when it was built as another module's tool (go tool). A
// module replaced by a directory, or not stamped, is "devel".
func moduleVersion(bi *debug.BuildInfo) string {
	m := &bi.Main
	if m.Path != modulePath {
		m = nil
		for _, dep := range bi.Deps {
			if dep.Path == modulePath {
				m = dep
			}
		}
	}
	if m == nil {
		return "devel"
	}
	if m.Replace != nil {
		m = m.Replace
	}
	if m.Version == "" || m.Version == "(devel)" {
		return "devel" // a directory, or a build without VCS stamping
	}
	return m.Version
}

// A driver is one run of the command.
type driver struct {
	a              *analysis.Analyzer
	opts           options
	stdout, stderr io.Writer
	fset           *token.FileSet
}

func (d *driver) main(patterns []string) int {
	code := exitOK
	progs, err := d.loadAll(patterns)
	if err != nil {
		fmt.Fprintf(d.stderr, "%s: %v\n", d.a.Name, err)
		return exitError
	}
	var roots []*checker.Action
	for _, prog := range progs {
		if d.reportLoadErrors(prog) {
			code = exitError
		}
		if len(prog.roots) == 0 {
			continue
		}
		g, err := checker.Analyze([]*analysis.Analyzer{d.a}, prog.roots, nil)
		if err != nil {
			fmt.Fprintf(d.stderr, "%s: %v\n", d.a.Name, err)
			return exitError
		}
		roots = append(roots, g.Roots...)
	}
	if len(roots) == 0 && code == exitOK {
		// as the go command warns: checking nothing is not a clean result
		fmt.Fprintf(d.stderr, "%s: warning: %s matched no packages\n", d.a.Name, strings.Join(patterns, " "))
	}
	d.warnInvalidators(progs)
	graph := &checker.Graph{Roots: roots}
	if d.reportActionErrors(graph) {
		code = exitError
	}
	findings := collect(graph)
	if d.opts.sarifFile != "" {
		if err := writeSARIFFile(d.opts.sarifFile, findings, d.a); err != nil {
			fmt.Fprintf(d.stderr, "%s: -sarif: %v\n", d.a.Name, err)
			code = exitError
		}
	}
	if d.opts.fix || d.opts.diff {
		return max(code, d.applyFixes(findings))
	}
	switch d.opts.format {
	case "json":
		if err := graph.PrintJSON(d.stdout); err != nil {
			return exitError
		}
		return code
	case "sarif":
		if err := writeSARIF(d.stdout, findings, d.a); err != nil {
			fmt.Fprintf(d.stderr, "%s: %v\n", d.a.Name, err)
			return exitError
		}
		return code
	}
	for _, f := range findings {
		d.printFinding(d.stderr, f)
	}
	if len(findings) > 0 {
		code = max(code, exitFindings)
	}
	return code
}
