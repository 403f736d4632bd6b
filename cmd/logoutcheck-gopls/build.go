package main

import (
	"bytes"
	"context"
	"debug/buildinfo"
	_ "embed"
	"encoding/json"
	"fmt"
	"go/format"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"text/template"
	"time"
)

// supportedGopls lists the gopls versions that logoutcheck-gopls builds,
// newest first. A version is added only after checking two things by
// hand: register.go.tmpl still matches settings.Analyzer in that
// version's internal/settings/analysis.go, and the golang.org/x/tools
// version that gopls requires is one that logoutcheck compiles against.
// gopls v0.23.0 requires golang.org/x/tools
// v0.47.1-0.20260707181000-a299dadba899 and does not compile against a
// newer one, which is why logoutcheck's go.mod stays at v0.47.0.
var supportedGopls = []string{"v0.23.0"}

// isSupported reports whether logoutcheck-gopls can build gopls version v.
func isSupported(v string) bool { return slices.Contains(supportedGopls, v) }

//go:embed register.go.tmpl
var registerSource string

// registerTemplate produces the file that adds logoutcheck to gopls'
// analyzers.
var registerTemplate = template.Must(template.New("register.go.tmpl").Parse(registerSource))

// registerFile is the registration file's path in the gopls module.
const registerFile = "internal/settings/logoutcheck.go"

// registerData fills registerTemplate.
type registerData struct {
	AnalyzerPackage string // import path of the package that declares Analyzer
	Severity        string // name of a protocol.DiagnosticSeverity constant
}

// registration returns the formatted source of the registration file.
func registration() ([]byte, error) {
	var buf bytes.Buffer
	data := registerData{AnalyzerPackage: analyzerPackage, Severity: "SeverityWarning"}
	if err := registerTemplate.Execute(&buf, data); err != nil {
		return nil, err
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("internal error: registration file does not parse: %v", err)
	}
	return src, nil
}

// A builder builds one gopls binary.
type builder struct {
	goplsVersion string
	src          source
	out          string    // absolute path of the binary to write
	verbose      bool      // print progress and the go command's output
	stderr       io.Writer // where progress goes
}

func (b *builder) logf(format string, args ...any) {
	if b.verbose {
		fmt.Fprintf(b.stderr, "logoutcheck-gopls: "+format+"\n", args...)
	}
}

// build downloads gopls, copies it to a temporary directory, adds the
// registration file and the requirement on logoutcheck, builds it and
// moves the binary to b.out. The temporary directory is removed in any
// case.
func (b *builder) build(ctx context.Context) error {
	start := time.Now()
	b.logf("building gopls %s with logoutcheck from %s", b.goplsVersion, b.src)

	tmp, err := os.MkdirTemp("", "logoutcheck-gopls-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	mod, err := b.download(ctx, tmp)
	if err != nil {
		return err
	}

	// The module cache is read-only; CopyFS creates writable copies.
	dir := filepath.Join(tmp, "gopls")
	b.logf("copying %s to %s", mod, dir)
	if err := os.CopyFS(dir, os.DirFS(mod)); err != nil {
		return fmt.Errorf("copying gopls: %v", err)
	}

	pinned, err := b.toolsVersion(ctx, dir)
	if err != nil {
		return err
	}

	src, err := registration()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(registerFile)), src, 0o666); err != nil {
		return err
	}

	edit := []string{"mod", "edit", "-require=" + modulePath + "@" + b.src.version}
	if b.src.dir != "" {
		edit = append(edit, "-replace="+modulePath+"="+b.src.dir)
	}
	if _, err := b.goCmd(ctx, dir, edit...); err != nil {
		return err
	}

	// gopls compiles only against the golang.org/x/tools it pins; a
	// logoutcheck that requires a newer one would raise it.
	selected, err := b.toolsVersion(ctx, dir)
	if err != nil {
		return err
	}
	if selected != pinned {
		return fmt.Errorf("logoutcheck from %s raises golang.org/x/tools to %s, but gopls %s is built with %s and does not compile against another version",
			b.src, selected, b.goplsVersion, pinned)
	}

	bin := filepath.Join(tmp, "gopls-bin")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	// -trimpath keeps the temporary directory's name out of the build
	// cache keys of gopls' packages, so that the next build reuses them.
	t := time.Now()
	if _, err := b.goCmd(ctx, dir, "build", "-trimpath", "-o", bin, "."); err != nil {
		return err
	}
	b.logf("go build took %s", time.Since(t).Round(time.Second))

	version, err := checkBinary(bin)
	if err != nil {
		return err
	}
	if err := install(bin, b.out); err != nil {
		return err
	}
	b.logf("wrote %s (gopls %s with logoutcheck %s) in %s", b.out, b.goplsVersion, version, time.Since(start).Round(time.Second))
	return nil
}

// download fetches gopls into the module cache and returns its directory.
func (b *builder) download(ctx context.Context, dir string) (string, error) {
	out, err := b.goCmd(ctx, dir, "mod", "download", "-json", "golang.org/x/tools/gopls@"+b.goplsVersion)
	var m struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &m); jerr == nil && m.Error != "" {
		return "", fmt.Errorf("downloading gopls %s: %s", b.goplsVersion, m.Error)
	}
	if err != nil {
		return "", err
	}
	if m.Dir == "" {
		return "", fmt.Errorf("downloading gopls %s: go mod download reported no directory", b.goplsVersion)
	}
	return m.Dir, nil
}

// toolsVersion returns the golang.org/x/tools version that the module in
// dir selects. It lists all modules: go list -m with the path alone
// reports the main module's own requirement, which a dependency's
// requirement may exceed.
func (b *builder) toolsVersion(ctx context.Context, dir string) (string, error) {
	out, err := b.goCmd(ctx, dir, "list", "-m", "-f", `{{if eq .Path "golang.org/x/tools"}}{{.Version}}{{end}}`, "all")
	if err != nil {
		return "", err
	}
	v := strings.TrimSpace(string(out))
	if v == "" {
		return "", fmt.Errorf("internal error: gopls requires no golang.org/x/tools")
	}
	return v, nil
}

// goCmd runs the go command in dir and returns its standard output. The
// build happens outside any workspace, and may update go.mod and go.sum
// (-mod=mod) since the copy of gopls now requires logoutcheck. Unless
// b.verbose, the go command's standard error is shown only in an error.
func (b *builder) goCmd(ctx context.Context, dir string, args ...string) ([]byte, error) {
	b.logf("go %s", strings.Join(args, " "))
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if b.verbose {
		cmd.Stderr = b.stderr
	}
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			return stdout.Bytes(), fmt.Errorf("go %s: %v", args[0], err)
		}
		return stdout.Bytes(), fmt.Errorf("go %s: %v\n%s", args[0], err, msg)
	}
	return stdout.Bytes(), nil
}

// checkBinary reports the version of logoutcheck that the gopls binary at
// bin was built with, or an error if it was built without it.
func checkBinary(bin string) (string, error) {
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		return "", err
	}
	if info.Main.Path != "golang.org/x/tools/gopls" {
		return "", fmt.Errorf("internal error: built %s, not gopls", info.Main.Path)
	}
	for _, dep := range info.Deps {
		if dep.Path != modulePath {
			continue
		}
		if dep.Replace != nil {
			return dep.Replace.Path, nil
		}
		return dep.Version, nil
	}
	return "", fmt.Errorf("internal error: the built gopls does not contain %s", modulePath)
}

// install moves the binary at bin to dst, creating dst's directory. The
// new binary is renamed into place, so a gopls that an editor is running
// from dst keeps running and the next start runs the new one.
func install(bin, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o777); err != nil {
		return err
	}
	if err := os.Rename(bin, dst); err == nil {
		return nil
	}
	// bin is on another file system: copy it next to dst first.
	in, err := os.Open(bin)
	if err != nil {
		return err
	}
	defer in.Close()
	f, err := os.CreateTemp(filepath.Dir(dst), ".gopls-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // after a successful rename there is nothing to remove
	if _, err := io.Copy(f, in); err != nil {
		f.Close()
		return err
	}
	if err := f.Chmod(0o755); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), dst)
}
