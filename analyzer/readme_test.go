package analyzer_test

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/logoutcheck/logoutcheck/analyzer"
)

func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReadmeCategories checks that every category a diagnostic can carry
// has a README section named after it, and every flag a table row.
func TestReadmeCategories(t *testing.T) {
	t.Parallel()
	text := readme(t)
	disable := analyzer.Analyzer.Flags.Lookup("disable").Usage
	_, known, _ := strings.Cut(disable, "report: ")
	cats := strings.Split(known, ", ")
	if len(cats) != 7 || cats[6] != "directive" {
		t.Fatalf("categories from -disable usage: %q", cats)
	}
	if !strings.Contains(text, "(category `directive`)") {
		t.Errorf("README does not name the category of bad directives")
	}
	for _, c := range cats[:6] {
		if !strings.Contains(text, "\n### "+c+"\n") {
			t.Errorf("README has no section %q", "### "+c)
		}
	}
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		if !strings.Contains(text, "| `-"+f.Name+"` |") {
			t.Errorf("README configuration table has no row for -%s", f.Name)
		}
		if f.Usage == "" {
			t.Errorf("flag -%s has no usage text", f.Name)
		}
	})
}

// TestConfigKeysAreFlags checks that every Config JSON key (the
// golangci-lint setting) is also a flag of the same name, and back.
func TestConfigKeysAreFlags(t *testing.T) {
	t.Parallel()
	var keys []string
	ct := reflect.TypeFor[analyzer.Config]()
	for i := range ct.NumField() {
		key, _, _ := strings.Cut(ct.Field(i).Tag.Get("json"), ",")
		keys = append(keys, key)
		if analyzer.Analyzer.Flags.Lookup(key) == nil {
			t.Errorf("Config key %q has no flag", key)
		}
	}
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		if !slices.Contains(keys, f.Name) {
			t.Errorf("flag -%s has no Config key", f.Name)
		}
	})
}

// TestReadmeExample runs the README's first command on the bundled
// example app and compares its findings with those the README shows.
func TestReadmeExample(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the example app's tool")
	}
	t.Parallel()
	text := readme(t)
	if !strings.Contains(text, "cd example && go tool logoutcheck ./...") {
		t.Fatal("README no longer shows the example command")
	}
	dir, _ := filepath.Abs("../example")
	cmd := exec.Command("go", "tool", "logoutcheck", "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
		t.Fatalf("go tool logoutcheck: %v (want exit status 3)\n%s", err, out)
	}
	finding := regexp.MustCompile(`(?m)^(?:.*/)?(internal/\S+: logout handler .*)$`)
	var got, want []string
	for _, m := range finding.FindAllStringSubmatch(string(out), -1) {
		got = append(got, m[1])
	}
	for _, m := range finding.FindAllStringSubmatch(text, -1) {
		want = append(want, m[1])
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("example findings:\n%s\nREADME shows:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadmeExampleFix repairs a copy of the example app with -fix, as the
// README says, then checks that it builds and that only the findings
// without a fix remain.
func TestReadmeExampleFix(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example app")
	}
	t.Parallel()
	if !strings.Contains(readme(t), "go tool logoutcheck -fix ./...") {
		t.Fatal("README no longer shows the repair command")
	}
	src, _ := filepath.Abs("../example")
	root, _ := filepath.Abs("..")
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	run := func(wantCode int, args ...string) string {
		t.Helper()
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != wantCode {
			t.Fatalf("%s: exit status %d, want %d\n%s", strings.Join(args, " "), code, wantCode, out)
		}
		return string(out)
	}
	run(0, "go", "mod", "edit", "-replace", "github.com/logoutcheck/logoutcheck="+root)
	out := run(3, "go", "tool", "logoutcheck", "-fix", "./...") // -fix applies fixes, lists the rest and exits 3
	if !strings.Contains(out, "fixed 2 of 4 findings in 1 file; 2 need a person") {
		t.Errorf("-fix summary missing:\n%s", out)
	}
	run(0, "go", "build", "./...")
	out = run(3, "go", "tool", "logoutcheck", "./...")
	for _, fixed := range []string{"handler logout ", "handler endVisit "} {
		if strings.Contains(out, fixed) {
			t.Errorf("%s is still reported after -fix:\n%s", fixed, out)
		}
	}
	for _, kept := range []string{"handler Logout ", "handler WebLogout "} {
		if !strings.Contains(out, kept) {
			t.Errorf("%s (no fix) is no longer reported:\n%s", kept, out)
		}
	}
	// a second -fix changes nothing
	before, _ := os.ReadFile(filepath.Join(dir, "internal/web/web.go"))
	run(3, "go", "tool", "logoutcheck", "-fix", "./...")
	after, _ := os.ReadFile(filepath.Join(dir, "internal/web/web.go"))
	if string(before) != string(after) {
		t.Errorf("a second -fix changed web.go")
	}
}

// TestReadmeVocabulary checks that the README names every phrase of the
// default logout vocabulary.
func TestReadmeVocabulary(t *testing.T) {
	t.Parallel()
	text := readme(t)
	for _, p := range analyzer.DefaultConfig().LogoutNames {
		if !strings.Contains(text, "`"+p+"`") {
			t.Errorf("README does not list the default logout phrase %q", p)
		}
	}
}
