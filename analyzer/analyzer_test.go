package analyzer_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/logoutcheck/logoutcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// fixtures is the module of analysistest fixtures. It requires the real
// libraries; analysistest loads it with GOPROXY=off, so TestMain downloads
// them first.
var fixtures = func() string {
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		panic(err)
	}
	return dir
}()

func TestMain(m *testing.M) {
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = fixtures
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		os.Stderr.WriteString("downloading the fixtures' modules: " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// TestAnalyzer runs the fixtures for the analysis rules: normal paths,
// names, helpers and facts, custom stores, directives, unusual code.
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	for _, pkg := range []string{"./scsbasic", "./flow", "./helpers", "./crosspkg/...", "./customstore", "./ignore", "./robust", "./offpath",
		"./routesmuxchains", "./routeschimount", "./routesmiddleware", "./routesfiber3chain", "./echo5addroute", "./namesindex",
		"./gincookiehelper", "./ginredisoptions", "./gorillacookiewipes", "./gorillafsoffpath"} {
		t.Run(pkg, func(t *testing.T) {
			t.Parallel()
			analysistest.Run(t, fixtures, analyzer.New(analyzer.DefaultConfig()), pkg)
		})
	}
}
