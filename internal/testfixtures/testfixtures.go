// Package testfixtures locates the analysistest fixtures module (testdata/ at
// the top of the repository) for the tests of several packages.
package testfixtures

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// Dir returns the absolute path of the fixtures module.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
}

// Main downloads the fixtures' requirements through the module proxy,
// since analysistest loads the module with GOPROXY=off, then runs the
// tests. Call it from TestMain.
func Main(run func() int) {
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = Dir()
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "downloading the fixtures' modules: %v\n", err)
		os.Exit(1)
	}
	os.Exit(run())
}
