package replay_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/logoutcheck/logoutcheck/internal/replay"
	"github.com/logoutcheck/logoutcheck/internal/testfixtures"
)

// A proof replays the handlers of one fix fixture (testdata/fix*) before
// and after logoutcheck -fix. The fixture serves them with replay's login
// and probe routes.
type proof struct {
	pkg     string
	servers []server
}

// A server is how the proof test gets a replay.Server from the fixture
// package (%s is the package name), and the logout routes it serves.
type server struct {
	expr    string
	logouts []string
}

var proofs = []proof{
	{"fixscs", []server{{"replay.Handler(%s.Routes())", []string{"/a", "/b", "/c", "/d", "/e", "/f", "/g"}}}},
	{"fixgorilla", []server{{"replay.Handler(%s.Routes())", []string{"/a", "/b", "/c"}}}},
	{"fixgin", []server{{"replay.Handler(%s.Routes())", []string{"/logout", "/signout"}}}},
	{"fixfiber", []server{{"%s.Serve", []string{"/a", "/b"}}, {"%s.Serve3", []string{"/c", "/d"}}}},
	{"fixiris", []server{{"replay.Handler(%s.Routes())", []string{"/a", "/b", "/c"}}}},
	{"fixcallmap", []server{{"replay.Handler(%s.Routes())", []string{"/logout", "/signout"}}}},
}

// TestFixesReplay applies the suggested fixes with the command's -fix to
// copies of the fix fixtures, checks that the result is the golden files
// and that a second -fix changes nothing, and then replays every fixed
// handler against the real session library: the old cookie is anonymous,
// the response is unchanged and the values kept for the next request are
// still there.
func TestFixesReplay(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and the fixtures with their libraries")
	}
	t.Parallel()
	fixtures := testfixtures.Dir()
	bin := filepath.Join(t.TempDir(), "logoutcheck")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/logoutcheck/logoutcheck/cmd/logoutcheck").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	m := replay.NewModule(t, fixtures)
	isGo := func(name string) bool { return strings.HasSuffix(name, ".go") }
	var fixed []string
	for _, p := range proofs {
		m.CopyDir(t, filepath.Join(fixtures, p.pkg), "unfixed/"+p.pkg, isGo)
		m.CopyDir(t, filepath.Join(fixtures, p.pkg), "fixed/"+p.pkg, isGo)
		fixed = append(fixed, "./fixed/"+p.pkg)
	}
	runFix := func() {
		t.Helper()
		cmd := m.Command(bin, append([]string{"-fix"}, fixed...)...)
		out, err := cmd.CombinedOutput()
		if code := cmd.ProcessState.ExitCode(); err != nil && code != 3 {
			t.Fatalf("logoutcheck -fix: %v\n%s", err, out)
		}
	}
	runFix()
	snapshot := make(map[string][]byte)
	for _, p := range proofs {
		entries, err := os.ReadDir(filepath.Join(fixtures, p.pkg))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !isGo(e.Name()) {
				continue
			}
			rel := "fixed/" + p.pkg + "/" + e.Name()
			got := m.Read(t, rel)
			want, err := os.ReadFile(filepath.Join(fixtures, p.pkg, e.Name()+".golden"))
			if err != nil {
				want, err = os.ReadFile(filepath.Join(fixtures, p.pkg, e.Name()))
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: logoutcheck -fix gives other code than the golden file:\n%s", rel, got)
			}
			snapshot[rel] = got
		}
	}
	runFix()
	for rel, before := range snapshot {
		if !bytes.Equal(m.Read(t, rel), before) {
			t.Errorf("%s: a second -fix changes the code:\n%s", rel, m.Read(t, rel))
		}
	}

	var src strings.Builder
	src.WriteString("package proof\n\nimport (\n\t\"testing\"\n\n\t\"example.com/fixtures/replay\"\n")
	for i, p := range proofs {
		fmt.Fprintf(&src, "\tunfixed%d %q\n\tfixed%d %q\n", i, "example.com/fixtures/unfixed/"+p.pkg, i, "example.com/fixtures/fixed/"+p.pkg)
	}
	src.WriteString(")\n")
	for i, p := range proofs {
		fmt.Fprintf(&src, "\nfunc Test_%s(t *testing.T) {\n", p.pkg)
		for _, sv := range p.servers {
			unfixed, fixed := fmt.Sprintf(sv.expr, fmt.Sprint("unfixed", i)), fmt.Sprintf(sv.expr, fmt.Sprint("fixed", i))
			for _, l := range sv.logouts {
				fmt.Fprintf(&src, "\tt.Run(%q, func(t *testing.T) {\n\t\treplay.CheckFix(t, replay.App{Server: %s, Logout: %q}, replay.App{Server: %s, Logout: %q})\n\t})\n", l, unfixed, l, fixed, l)
			}
		}
		src.WriteString("}\n")
	}
	m.Write(t, "proof/proof_test.go", []byte(src.String()))
	m.GoTest(t, "./proof")
}
