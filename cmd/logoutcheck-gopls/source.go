package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
)

// modulePath is the module that provides the analyzer.
const modulePath = "github.com/logoutcheck/logoutcheck"

// analyzerPackage is the package that declares logoutcheck's Analyzer.
const analyzerPackage = modulePath + "/analyzer"

// localVersion is the version required for a module replaced by a
// directory, as go mod edit and go get write it.
const localVersion = "v0.0.0-00010101000000-000000000000"

// A source says which logoutcheck the built gopls contains: a version from
// the module proxy, or a checkout on disk.
type source struct {
	version string // module version; localVersion when dir is set
	dir     string // absolute directory of a checkout, or ""
}

func (s source) String() string {
	if s.dir != "" {
		return s.dir
	}
	return modulePath + "@" + s.version
}

// findSource decides which logoutcheck to compile into gopls. A -replace
// directory wins. Otherwise a builder that was downloaded as a module
// (go run ...@version) uses its own version, and a builder built in a
// checkout uses that checkout: the one that holds self, the builder's
// source file, or failing that (-trimpath) the one that holds the
// working directory.
func findSource(replace string, info *debug.BuildInfo, self string) (source, error) {
	if replace != "" {
		dir, err := checkout(replace)
		if err != nil {
			return source{}, fmt.Errorf("-replace %s: %v", replace, err)
		}
		return source{version: localVersion, dir: dir}, nil
	}
	// Only a module downloaded from a proxy has a checksum; the version
	// of a binary built in a checkout is "(devel)" or is stamped from
	// the version control system, and may not exist anywhere else.
	if info != nil && info.Main.Path == modulePath && info.Main.Sum != "" && info.Main.Version != "(devel)" {
		return source{version: info.Main.Version}, nil
	}
	var starts []string
	if filepath.IsAbs(self) {
		starts = append(starts, filepath.Dir(self))
	}
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	for _, start := range starts {
		for dir := start; ; dir = filepath.Dir(dir) {
			if path, err := moduleAt(dir); err == nil && path == modulePath {
				return source{version: localVersion, dir: dir}, nil
			}
			if filepath.Dir(dir) == dir {
				break
			}
		}
	}
	return source{}, fmt.Errorf("cannot tell which logoutcheck to compile in: this builder is not a released version and was not run from a checkout; use -replace dir")
}

// checkout returns the absolute path of dir after checking that it is
// the root of the logoutcheck module.
func checkout(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	path, err := moduleAt(abs)
	if err != nil {
		return "", err
	}
	if path != modulePath {
		return "", fmt.Errorf("go.mod declares module %s, not %s", path, modulePath)
	}
	return abs, nil
}

// moduleAt returns the module path declared by dir/go.mod.
func moduleAt(dir string) (string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module")
		if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '\t' && rest[0] != '"') {
			continue
		}
		rest, _, _ = strings.Cut(rest, "//")
		path := strings.TrimSpace(rest)
		if unq, err := strconv.Unquote(path); err == nil {
			path = unq
		}
		return path, nil
	}
	return "", fmt.Errorf("%s declares no module", filepath.Join(dir, "go.mod"))
}
