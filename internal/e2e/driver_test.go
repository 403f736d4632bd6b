package e2e_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestCLIFixSummary runs -fix twice on vetmod: the first run fixes what
// has one fix, says so, lists the finding that needs a person and exits 3;
// the second changes nothing.
func TestCLIFixSummary(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	dir := copyModule(t, vetmod)
	web := filepath.Join(dir, "web", "web.go")
	before := readFile(t, web)
	res := run(t, dir, tool, "-fix", "./...")
	if res.code != 3 {
		t.Errorf("-fix: exit code %d, want 3 (a finding needs a person); stderr:\n%s", res.code, res.stderr)
	}
	const summary = "logoutcheck: fixed 4 of 5 findings in 1 file; 1 need a person (no unambiguous fix):"
	if !strings.Contains(res.stderr, summary) {
		t.Errorf("-fix: stderr does not contain %q:\n%s", summary, res.stderr)
	}
	if !strings.Contains(res.stderr, "web.App.Bye") || strings.Count(res.stderr, "[no-invalidation]") != 1 {
		t.Errorf("-fix: the finding left for a person (web.App.Bye) is not listed once:\n%s", res.stderr)
	}
	after := readFile(t, web)
	if after == before || !strings.Contains(after, "a.Sessions.Destroy(r.Context())") {
		t.Fatalf("-fix did not insert the Destroy calls into web/web.go:\n%s", after)
	}
	again := run(t, dir, tool, "-fix", "./...")
	if got := readFile(t, web); got != after {
		t.Errorf("a second -fix changed web/web.go:\n%s", got)
	}
	const none = "logoutcheck: fixed 0 of 1 finding in 0 files; 1 need a person"
	if !strings.Contains(again.stderr, none) || again.code != 3 {
		t.Errorf("second -fix: exit code %d, want 3, and stderr containing %q:\n%s", again.code, none, again.stderr)
	}
}

// TestCLIDiff runs -diff without -fix: it prints the fixes as a unified
// diff and changes no file.
func TestCLIDiff(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	dir := copyModule(t, vetmod)
	web := filepath.Join(dir, "web", "web.go")
	before := readFile(t, web)
	res := run(t, dir, tool, "-diff", "./...")
	if !strings.Contains(res.stdout, "--- "+web+"\n+++ "+web+"\n") || !strings.Contains(res.stdout, "+\tif err := a.Sessions.Destroy(r.Context()); err != nil {") {
		t.Errorf("-diff: stdout is not a diff adding Destroy to web/web.go:\n%s", res.stdout)
	}
	if !strings.Contains(res.stderr, "logoutcheck: would fix 4 of 5 findings in 1 file") {
		t.Errorf("-diff: stderr has no summary:\n%s", res.stderr)
	}
	if readFile(t, web) != before {
		t.Errorf("-diff changed web/web.go")
	}
}

// TestCLIVersion checks -V=full, which go vet uses to key its cache.
func TestCLIVersion(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	for _, arg := range []string{"-V", "-V=full"} {
		res := run(t, t.TempDir(), tool, arg)
		if ok, _ := regexp.MatchString(`^logoutcheck version \S+ buildID=[0-9a-f]{64}\n$`, res.stdout); !ok || res.code != 0 {
			t.Errorf("%s: exit code %d, stdout %q", arg, res.code, res.stdout)
		}
	}
	if res := run(t, t.TempDir(), tool, "-V=short"); res.code != 2 || !strings.Contains(res.stderr, "-V") {
		t.Errorf("-V=short: exit code %d, want 2 and an error naming -V; stderr:\n%s", res.code, res.stderr)
	}
}

// TestCLIFlags checks the flag errors and warnings of the command.
func TestCLIFlags(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	dir := copyModule(t, vetmod)
	res := run(t, dir, tool, "-format=xml", "./...")
	if res.code != 2 || !strings.Contains(res.stderr, `invalid value "xml" for flag -format`) {
		t.Errorf("-format=xml: exit code %d, stderr:\n%s", res.code, res.stderr)
	}
	res = run(t, dir, tool, "-invalidators=example.com/nope.Func", "./...")
	if !strings.Contains(res.stderr, "logoutcheck: warning: -invalidators: example.com/nope.Func names no function in the loaded program") {
		t.Errorf("-invalidators with an unknown function: no warning naming it; stderr:\n%s", res.stderr)
	}
	res = run(t, dir, tool, "-invalidators=(*example.com/vetmod/authhelp.Nope).Flush,example.com/vetmod/authhelp.EndSession", "./...")
	if strings.Contains(res.stderr, "EndSession names no function") || !strings.Contains(res.stderr, "Nope).Flush names no function") {
		t.Errorf("-invalidators: the warning must name the unknown entry only; stderr:\n%s", res.stderr)
	}
	res = run(t, dir, tool, "./nope/...")
	if res.code != 0 || strings.TrimSpace(res.stderr) != "logoutcheck: warning: ./nope/... matched no packages" {
		t.Errorf("a pattern that matches nothing: exit code %d, want 0 and a warning naming it; stderr:\n%s", res.code, res.stderr)
	}

	// A directive that suppresses nothing is a finding of category
	// directive, which -disable=directive leaves out.
	web := filepath.Join(dir, "web", "web.go")
	writeFile(t, web, strings.Replace(readFile(t, web), "// LogoutDestroy destroys the session.\n",
		"// LogoutDestroy destroys the session.\n//\n//logoutcheck:ignore the test's directive that suppresses nothing\n", 1))
	res = run(t, dir, tool, "./...")
	if n := strings.Count(res.stderr, "[directive]"); n != 1 || len(lines(res.stderr)) != 6 {
		t.Errorf("an unused directive: %d findings of category directive, want 1 beside the 5 others; stderr:\n%s", n, res.stderr)
	}
	res = run(t, dir, tool, "-disable=directive", "./...")
	if res.code != 3 || strings.Contains(res.stderr, "[directive]") || len(lines(res.stderr)) != 5 {
		t.Errorf("-disable=directive: exit code %d, want 3 and the 5 findings without the directive's; stderr:\n%s", res.code, res.stderr)
	}
}

// TestCLISARIF checks -format=sarif and -sarif FILE: SARIF 2.1.0 with one
// rule per category (help URI, CWE-613 tag), results that name their
// rule and location, and the fixes.
func TestCLISARIF(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	dir := copyModule(t, vetmod)
	res := run(t, dir, tool, "-format=sarif", "./...")
	if res.code != 0 {
		t.Errorf("-format=sarif: exit code %d, want 0; stderr:\n%s", res.code, res.stderr)
	}
	checkSARIF(t, res.stdout, 5)

	file := filepath.Join(t.TempDir(), "out.sarif")
	res = run(t, dir, tool, "-sarif", file, "./...")
	if res.code != 3 || len(lines(res.stderr)) != 5 {
		t.Errorf("-sarif FILE: exit code %d, want 3, and the 5 findings as text; stderr:\n%s", res.code, res.stderr)
	}
	checkSARIF(t, readFile(t, file), 5)
}

// checkSARIF validates a SARIF log against what the SARIF 2.1.0 schema
// requires of the parts logoutcheck writes, and what code scanning needs.
func checkSARIF(t *testing.T, out string, results int) {
	t.Helper()
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name           string `json:"name"`
					InformationURI string `json:"informationUri"`
					Rules          []struct {
						ID               string `json:"id"`
						ShortDescription struct {
							Text string `json:"text"`
						} `json:"shortDescription"`
						HelpURI    string `json:"helpUri"`
						Properties struct {
							Tags []string `json:"tags"`
						} `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex *int   `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Fixes []struct {
					Description struct {
						Text string `json:"text"`
					} `json:"description"`
					ArtifactChanges []struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Replacements []struct {
							DeletedRegion struct {
								StartLine int `json:"startLine"`
							} `json:"deletedRegion"`
							InsertedContent *struct {
								Text string `json:"text"`
							} `json:"insertedContent"`
						} `json:"replacements"`
					} `json:"artifactChanges"`
				} `json:"fixes"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	for _, e := range validateSARIF([]byte(out)) {
		t.Errorf("not valid SARIF 2.1.0: %s", e)
	}
	anchors := readmeAnchors(t)
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif") || len(log.Runs) != 1 {
		t.Fatalf("version %q, $schema %q, %d runs: want 2.1.0, a SARIF schema, one run", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "logoutcheck" || d.InformationURI == "" {
		t.Errorf("tool.driver: name %q, informationUri %q", d.Name, d.InformationURI)
	}
	categories := []string{"no-invalidation", "client-only", "unsaved", "cookie-store", "values-only", "remember-me", "directive"}
	index := map[string]int{}
	for i, r := range d.Rules {
		index[r.ID] = i
		if r.ShortDescription.Text == "" || !strings.HasPrefix(r.HelpURI, "https://github.com/logoutcheck/logoutcheck#") {
			t.Errorf("rule %s: shortDescription %q, helpUri %q", r.ID, r.ShortDescription.Text, r.HelpURI)
		}
		if _, anchor, _ := strings.Cut(r.HelpURI, "#"); !anchors[anchor] {
			t.Errorf("rule %s: helpUri %q: README has no section with anchor %q", r.ID, r.HelpURI, anchor)
		}
		if r.ID != "directive" && !contains(r.Properties.Tags, "CWE-613") {
			t.Errorf("rule %s: tags %v lack CWE-613", r.ID, r.Properties.Tags)
		}
	}
	for _, c := range categories {
		if _, ok := index[c]; !ok {
			t.Errorf("no rule for category %s", c)
		}
	}
	if len(run.Results) != results {
		t.Fatalf("%d results, want %d", len(run.Results), results)
	}
	fixes := 0
	for _, r := range run.Results {
		i, ok := index[r.RuleID]
		if !ok || r.RuleIndex == nil || *r.RuleIndex != i {
			t.Errorf("result %q: ruleId %q, ruleIndex %v: not a rule of the driver", r.Message.Text, r.RuleID, r.RuleIndex)
		}
		if !contains([]string{"none", "note", "warning", "error"}, r.Level) || r.Message.Text == "" {
			t.Errorf("result: level %q, message %q", r.Level, r.Message.Text)
		}
		if len(r.Locations) != 1 {
			t.Errorf("result %q: %d locations", r.Message.Text, len(r.Locations))
			continue
		}
		pl := r.Locations[0].PhysicalLocation
		if pl.ArtifactLocation.URI == "" || filepath.IsAbs(pl.ArtifactLocation.URI) || pl.Region.StartLine < 1 || pl.Region.StartColumn < 1 {
			t.Errorf("result %q: location %+v (want a relative URI and a 1-based region)", r.Message.Text, pl)
		}
		for _, f := range r.Fixes {
			fixes++
			if f.Description.Text == "" || len(f.ArtifactChanges) == 0 {
				t.Errorf("result %q: fix without description or changes", r.Message.Text)
			}
			for _, c := range f.ArtifactChanges {
				for _, rep := range c.Replacements {
					if c.ArtifactLocation.URI == "" || rep.DeletedRegion.StartLine < 1 || rep.InsertedContent == nil {
						t.Errorf("result %q: replacement %+v in %q", r.Message.Text, rep, c.ArtifactLocation.URI)
					}
				}
			}
		}
	}
	if fixes != 4 {
		t.Errorf("%d fixes, want 4 (one per fixable finding)", fixes)
	}
}

// TestCLIModules runs the command once at the root of a repository with
// two modules: one list, from both. The modules are nested go.mod files
// under a directory that is no module, or the modules of a workspace
// (go.work) at the root.
func TestCLIModules(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	for _, workspace := range []bool{false, true} {
		name := map[bool]string{false: "nested", true: "go.work"}[workspace]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			root := twoModules(t)
			env := goEnv
			if workspace {
				writeFile(t, filepath.Join(root, "go.work"), "go 1.25.0\n\nuse (\n\t./one\n\t./two\n)\n")
				env = append(slices.Clone(goEnv), "GOWORK="+filepath.Join(root, "go.work"))
			}
			res := runEnv(t, env, root, tool, "./...")
			if res.code != 3 {
				t.Errorf("exit code %d, want 3; stderr:\n%s", res.code, res.stderr)
			}
			var got []string
			for _, l := range lines(res.stderr) {
				rel, ok := strings.CutPrefix(l, root+string(filepath.Separator))
				if !ok {
					t.Errorf("line does not start with the repository directory: %s", l)
				}
				got = append(got, filepath.ToSlash(rel))
			}
			var want []string
			for _, name := range []string{"one", "two"} {
				for _, f := range cliFindings {
					want = append(want, name+"/"+f)
				}
			}
			checkLines(t, "logoutcheck stderr", got, want)
		})
	}
}

// twoModules returns a directory that is no module, holding two copies of
// vetmod, one and two, as two modules of different paths.
func twoModules(t *testing.T) string {
	t.Helper()
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"one", "two"} {
		dir := filepath.Join(root, name)
		if err := os.CopyFS(dir, os.DirFS(vetmod)); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"go.mod", "web/web.go", "routes/routes.go"} {
			f = filepath.Join(dir, f)
			writeFile(t, f, strings.ReplaceAll(readFile(t, f), "example.com/vetmod", "example.com/"+name))
		}
	}
	return root
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(data), 0o666); err != nil {
		t.Fatal(err)
	}
}

// readmeAnchors returns the anchors GitHub gives README's headings:
// lowercase, punctuation other than hyphens dropped, spaces as hyphens.
func readmeAnchors(t *testing.T) map[string]bool {
	t.Helper()
	anchors := map[string]bool{}
	for l := range strings.Lines(readFile(t, filepath.Join(root, "README.md"))) {
		h, ok := strings.CutPrefix(l, "#")
		if !ok {
			continue
		}
		h = strings.TrimSpace(strings.TrimLeft(h, "#"))
		var sb strings.Builder
		for _, r := range strings.ToLower(h) {
			switch {
			case r == ' ':
				sb.WriteRune('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				sb.WriteRune(r)
			}
		}
		anchors[sb.String()] = true
	}
	return anchors
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestCLILoadError runs the command on a module with a type error: one
// line per error, at its position and naming the package, and exit
// status 1.
func TestCLILoadError(t *testing.T) {
	t.Parallel()
	tool := logoutcheck.build(t)
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/broken\n\ngo 1.25.0\n")
	writeFile(t, filepath.Join(dir, "broken.go"), "package broken\n\nfunc f() { undefinedFunc() }\n")
	res := run(t, dir, tool, "./...")
	want := filepath.Join(dir, "broken.go") + ":3:12: undefined: undefinedFunc (package example.com/broken)"
	if res.code != 1 || strings.Join(lines(res.stderr), "\n") != want {
		t.Errorf("exit code %d, want 1; stderr:\n%s\nwant:\n%s", res.code, res.stderr, want)
	}
}
