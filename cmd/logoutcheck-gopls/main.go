// Command logoutcheck-gopls builds a gopls binary with logoutcheck compiled
// in, so that editors show logoutcheck's diagnostics next to gopls' own.
//
// gopls cannot load third-party analyzers: its analyzers are a list
// compiled into its internal/settings package. logoutcheck-gopls takes the
// gopls module from the Go module proxy, copies it to a temporary
// directory, adds a file that appends logoutcheck to that list, builds it,
// and writes the binary to the path given by -o.
//
// Usage:
//
//	go run github.com/logoutcheck/logoutcheck/cmd/logoutcheck-gopls@latest -o ~/bin/gopls
//
// Run from a checkout of logoutcheck (go run ./cmd/logoutcheck-gopls), it
// compiles in the checkout's analyzer; a released builder compiles in its
// own version. The -replace flag names another checkout.
//
// Flags:
//
//	-o path             where to write the gopls binary (required)
//	-gopls-version v    the gopls version to build (default v0.23.0)
//	-replace dir        compile in the logoutcheck checkout at dir
//	-v                  print progress
//
// In the built gopls, logoutcheck is on by default and reports at warning
// severity. gopls' "analyses" setting turns it off:
//
//	"gopls": {"analyses": {"logoutcheck": false}}
//
// Only the gopls versions in [supportedGopls] can be built: gopls compiles
// only against the golang.org/x/tools version it pins, and logoutcheck
// must not require a newer one.
//
// docs/gopls.md in the repository shows how to point each editor at the
// built gopls.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stderr)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.As(err, new(parseError)):
		os.Exit(2) // the flag package has printed the error and the usage
	case errors.As(err, new(usageError)):
		fmt.Fprintf(os.Stderr, "logoutcheck-gopls: %v\n", err)
		os.Exit(2)
	default:
		fmt.Fprintf(os.Stderr, "logoutcheck-gopls: %v\n", err)
		os.Exit(1)
	}
}

// A usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// A parseError is an error from parsing the flags.
type parseError struct{ err error }

func (e parseError) Error() string { return e.err.Error() }
func (e parseError) Unwrap() error { return e.err }

// run parses the command line in args and builds gopls, printing usage
// and progress to stderr.
func run(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("logoutcheck-gopls", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the gopls binary to `path` (required)")
	goplsVersion := fs.String("gopls-version", supportedGopls[0], "the gopls `version` to build; supported: "+strings.Join(supportedGopls, ", "))
	replace := fs.String("replace", "", "compile in the logoutcheck checkout in `dir` instead of this builder's own version")
	verbose := fs.Bool("v", false, "print progress")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: logoutcheck-gopls -o path [-gopls-version version] [-replace dir] [-v]\n\n")
		fmt.Fprintf(fs.Output(), "logoutcheck-gopls builds a gopls binary with logoutcheck compiled in.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return parseError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q (all options are flags)", fs.Arg(0))}
	}
	if *out == "" {
		return usageError{"-o is required: the path to write the gopls binary to, e.g. -o ~/bin/gopls"}
	}
	if !isSupported(*goplsVersion) {
		return usageError{fmt.Sprintf("gopls version %s is not supported; supported versions: %s",
			*goplsVersion, strings.Join(supportedGopls, ", "))}
	}
	dst, err := outputPath(*out)
	if err != nil {
		return err
	}

	info, _ := debug.ReadBuildInfo()
	_, self, _, _ := runtime.Caller(0)
	src, err := findSource(*replace, info, self)
	if err != nil {
		return err
	}

	b := &builder{
		goplsVersion: *goplsVersion,
		src:          src,
		out:          dst,
		verbose:      *verbose,
		stderr:       stderr,
	}
	return b.build(ctx)
}

// outputPath returns the absolute path named by the -o flag. A leading
// "~/" means the home directory (for -o=~/bin/gopls, which the shell
// leaves alone), and an existing directory means a file named gopls in it.
func outputPath(o string) (string, error) {
	if rest, ok := strings.CutPrefix(o, "~"+string(filepath.Separator)); ok {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		o = filepath.Join(home, rest)
	}
	if fi, err := os.Stat(o); err == nil && fi.IsDir() {
		name := "gopls"
		if runtime.GOOS == "windows" {
			name += ".exe"
		}
		o = filepath.Join(o, name)
	}
	return filepath.Abs(o)
}
