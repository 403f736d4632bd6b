package e2e_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCLI runs the logoutcheck command on vetmod. It prints the findings
// to stderr with absolute positions and exits with 3.
func TestCLI(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	dir := copyModule(t, vetmod)
	res := run(t, dir, tool, "./...")
	if res.code != 3 {
		t.Errorf("exit code %d, want 3; stderr:\n%s", res.code, res.stderr)
	}
	var got []string
	for _, l := range lines(res.stderr) {
		rel, ok := strings.CutPrefix(l, dir+string(filepath.Separator))
		if !ok {
			t.Errorf("line does not start with the module directory: %s", l)
		}
		got = append(got, filepath.ToSlash(rel))
	}
	checkLines(t, "logoutcheck stderr", got, cliFindings)
}

// cliFindings are allFindings as the command prints them: in file order,
// each with its category.
var cliFindings = []string{
	findBye + " [no-invalidation]",
	findLogout + " [no-invalidation]",
	findLogoutAudit + " [no-invalidation]",
	findLogoutRemove + " [values-only]",
	findSignOut + " [no-invalidation]",
}

// TestCLIJSON runs logoutcheck -json: the findings are under the analyzer
// name, and the exit code is 0.
func TestCLIJSON(t *testing.T) {
	t.Parallel()
	checkJSON(t, "logoutcheck -json", logoutcheck.build(t), "-json", "./...")
}

// TestCLIBadFlag checks that a malformed flag is a usage error that names
// the flag.
func TestCLIBadFlag(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	res := run(t, copyModule(t, vetmod), tool, "-store-methods=(", "./...")
	if res.code != 2 {
		t.Errorf("exit code %d, want 2", res.code)
	}
	const want = `invalid value "(" for flag -store-methods: invalid regular expression`
	if !strings.Contains(res.stderr, want) {
		t.Errorf("stderr does not contain %q:\n%s", want, res.stderr)
	}
}
