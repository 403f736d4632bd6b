package driver

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// loadAll loads the patterns, and for each directory pattern ("./...",
// "dir/...") outside a module and a workspace, every module nested under
// that directory: one run checks the whole repository, and its findings
// are one list. In a workspace (go.work), a directory pattern also
// matches the packages of every workspace module under the directory
// (the go command's own ./... matches nothing at a workspace root that is
// no module).
func (d *driver) loadAll(patterns []string) ([]*program, error) {
	out, err := exec.Command("go", "env", "GOWORK", "GOMOD").Output()
	if err != nil {
		return nil, fmt.Errorf("go env: %v", err)
	}
	env := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") // GOWORK, then GOMOD; either may be empty
	work, gomod := env[0], ""
	if work == "off" {
		work = "" // GOWORK=off: no workspace
	}
	if len(env) > 1 {
		gomod = env[1]
	}
	inModule := gomod != "" && gomod != os.DevNull
	var base []string
	var nested []string
	var workMods []string // the directories of the workspace's modules
	for _, p := range patterns {
		dir, ok := dirPattern(p)
		if !ok {
			base = append(base, p)
			continue
		}
		if work != "" {
			if workMods == nil {
				if workMods, err = workspaceModules(); err != nil {
					return nil, err
				}
			}
			base = append(base, workspacePatterns(p, dir, workMods)...)
			continue
		}
		if inModule {
			base = append(base, p) // the module's packages, as for the go command
			continue
		}
		mods := nestedModules(dir)
		if len(mods) == 0 {
			base = append(base, p)
		}
		nested = append(nested, mods...)
	}
	var progs []*program
	force := strings.Contains(d.opts.debug, "s") // always load from source
	if len(base) > 0 {
		prog, err := load(d.fset, "", base, d.opts.tests, force)
		if err != nil {
			return nil, err
		}
		d.logMode(".", prog)
		progs = append(progs, prog)
	}
	for _, dir := range nested {
		prog, err := load(d.fset, dir, []string{"./..."}, d.opts.tests, force)
		if err != nil {
			return nil, fmt.Errorf("module in %s: %v", dir, err)
		}
		d.logMode(dir, prog)
		progs = append(progs, prog)
	}
	return progs, nil
}

func (d *driver) logMode(dir string, prog *program) {
	if strings.Contains(d.opts.debug, "v") {
		fmt.Fprintf(d.stderr, "%s: %s: %d packages to check, dependencies from %s\n", d.a.Name, dir, len(prog.roots), prog.mode)
	}
}

// workspaceModules returns the directories of the workspace's modules.
func workspaceModules() ([]string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return nil, fmt.Errorf("go list -m: %s", strings.TrimSpace(string(ee.Stderr)))
		}
		return nil, fmt.Errorf("go list -m: %v", err)
	}
	return strings.Fields(string(out)), nil
}

// workspacePatterns returns the patterns that match, in a workspace, the
// packages under dir (pattern p, "dir/..."): p itself, and "M/..." for
// every workspace module M under dir.
func workspacePatterns(p, dir string, mods []string) []string {
	pats := []string{p}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return pats
	}
	for _, m := range mods {
		if rel, err := filepath.Rel(abs, m); err == nil && rel != "." && !strings.HasPrefix(rel, "..") && !filepath.IsAbs(rel) {
			pats = append(pats, filepath.Join(m, "..."))
		}
	}
	return pats
}

// dirPattern reports whether p is a pattern for all packages under a
// directory ("./...", "../x/...", "/abs/..."), and returns the directory.
func dirPattern(p string) (string, bool) {
	dir, ok := strings.CutSuffix(p, "...")
	if !ok || !(strings.HasPrefix(p, ".") || filepath.IsAbs(p)) {
		return "", false
	}
	dir = strings.TrimSuffix(dir, "/")
	if dir == "" {
		dir = "/"
	}
	return dir, true
}

// nestedModules returns the directories under dir, other than dir itself,
// that hold a go.mod, skipping the directories the go command skips in
// patterns (vendor, testdata, and names starting with "." or "_").
func nestedModules(dir string) []string {
	var mods []string
	filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || !e.IsDir() {
			return nil
		}
		if path != dir {
			name := e.Name()
			if name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				mods = append(mods, path)
			}
		}
		return nil
	})
	return mods
}
