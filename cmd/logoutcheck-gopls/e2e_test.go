package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGopls builds gopls with logoutcheck from this checkout and runs it
// on testdata/e2e/goplsmod. Its app.go has a leaky logout handler, a
// signOut handler that ends the session through a helper in package auth
// (which logoutcheck learns about from a fact), and a printf mistake; its
// broken/broken.go has an unused variable. The test runs gopls check,
// applies logoutcheck's quick fix with gopls codeaction, and checks over
// LSP that the "analyses" setting turns logoutcheck on and off.
func TestGopls(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gopls: a minute and more")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}

	gopls := filepath.Join(t.TempDir(), "gopls")
	args := []string{"-o", gopls, "-replace", root}
	if testing.Verbose() {
		args = append(args, "-v")
	}
	if err := run(context.Background(), args, testWriter{t}); err != nil {
		t.Fatalf("logoutcheck-gopls %s: %v", strings.Join(args, " "), err)
	}

	mod := filepath.Join(t.TempDir(), "goplsmod")
	if err := os.CopyFS(mod, os.DirFS(filepath.Join(root, "testdata", "e2e", "goplsmod"))); err != nil {
		t.Fatal(err)
	}
	// gopls loads packages with the go command, which must find
	// scs in the module cache.
	command(t, mod, "go", "mod", "download")
	app := filepath.Join(mod, "app.go")
	broken := filepath.Join(mod, "broken", "broken.go")

	const (
		leaky  = "logout handler logout"
		clean  = "signOut"
		printf = "fmt.Sprintf format %d has arg name of wrong type string"
		unused = "declared and not used: n"
	)

	t.Run("check", func(t *testing.T) {
		out := command(t, mod, gopls, "check", app, broken)
		for _, want := range []string{
			app + ":19:15-61: " + leaky,
			app + ":39:28-30: " + printf,
			broken + ":7:2-3: " + unused,
		} {
			if !strings.Contains(out, want) {
				t.Errorf("gopls check output lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, clean) {
			t.Errorf("gopls check reports %s, which ends the session through auth.End:\n%s", clean, out)
		}
	})

	// The quick fix for the finding at the handler's name, applied as an
	// editor would, must compile and end the finding.
	t.Run("quickfix", func(t *testing.T) {
		fixed := filepath.Join(t.TempDir(), "goplsmod")
		if err := os.CopyFS(fixed, os.DirFS(mod)); err != nil {
			t.Fatal(err)
		}
		app := filepath.Join(fixed, "app.go")
		before, err := os.ReadFile(app)
		if err != nil {
			t.Fatal(err)
		}
		command(t, fixed, gopls, "codeaction", "-kind=quickfix", "-exec", "-w", app+":19:15")
		after, err := os.ReadFile(app)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(before, after) {
			t.Fatal("no quick fix was applied")
		}
		if !bytes.Contains(after, []byte("a.sessions.Destroy(r.Context())")) {
			t.Errorf("the fixed handler does not destroy the session:\n%s", after)
		}
		command(t, fixed, "go", "build", ".")
		if out := command(t, fixed, gopls, "check", app); strings.Contains(out, leaky) {
			t.Errorf("gopls check still reports the fixed handler:\n%s", out)
		}
	})

	t.Run("analyses", func(t *testing.T) {
		for _, test := range []struct {
			name     string
			settings map[string]any
			want     bool // whether logoutcheck reports
		}{
			{"default", map[string]any{}, true},
			{"on", map[string]any{"analyses": map[string]any{"logoutcheck": true}}, true},
			{"off", map[string]any{"analyses": map[string]any{"logoutcheck": false}}, false},
		} {
			t.Run(test.name, func(t *testing.T) {
				diags := startGopls(t, gopls, mod, test.settings).diagnose(app, broken)
				found := map[string]lspDiagnostic{}
				for _, d := range append(diags[app], diags[broken]...) {
					for _, msg := range []string{leaky, printf, unused} {
						if strings.Contains(d.Message, msg) {
							found[msg] = d
						}
					}
				}
				d, ok := found[leaky]
				switch {
				case ok != test.want:
					t.Errorf("logoutcheck reported: %t, want %t; diagnostics: %+v", ok, test.want, diags)
				case ok && (d.Source != "logoutcheck" || d.Severity != 2):
					t.Errorf("logoutcheck diagnostic has source %q and severity %d, want %q and 2 (warning)", d.Source, d.Severity, "logoutcheck")
				case ok && !strings.HasPrefix(d.CodeDescription.Href, "https://github.com/logoutcheck/logoutcheck"):
					t.Errorf("logoutcheck diagnostic links to %q, want the project", d.CodeDescription.Href)
				}
				// gopls' own diagnostics do not depend on the setting.
				for _, msg := range []string{printf, unused} {
					if _, ok := found[msg]; !ok {
						t.Errorf("no diagnostic %q; diagnostics: %+v", msg, diags)
					}
				}
			})
		}
	})
}

// TestNewerTools checks that a logoutcheck requiring a newer
// golang.org/x/tools than gopls pins is refused before the build starts.
// A go.mod is all the checkout needs: the refusal comes first.
func TestNewerTools(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads gopls and golang.org/x/tools from the module proxy")
	}
	checkout := t.TempDir()
	gomod := "module " + modulePath + "\n\ngo 1.25.0\n\nrequire golang.org/x/tools v0.52.0\n"
	if err := os.WriteFile(filepath.Join(checkout, "go.mod"), []byte(gomod), 0o666); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "gopls")
	err := run(context.Background(), []string{"-o", out, "-replace", checkout}, testWriter{t})
	const want = "raises golang.org/x/tools to v0.52.0, but gopls v0.23.0 is built with v0.47.1-0.20260707181000-a299dadba899"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("run = %v, want an error containing %q", err, want)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("%s was written", out)
	}
}

// command runs a command in dir and returns its standard output.
func command(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.Bytes())
	}
	return string(out)
}

// A testWriter sends what is written to it to the test log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}
