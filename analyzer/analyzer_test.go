package analyzer_test

import (
	"testing"

	"github.com/logoutcheck/logoutcheck/analyzer"
	"github.com/logoutcheck/logoutcheck/internal/testfixtures"
	"golang.org/x/tools/go/analysis/analysistest"
)

// fixtures is the module of analysistest fixtures.
var fixtures = testfixtures.Dir()

func TestMain(m *testing.M) { testfixtures.Main(m.Run) }

// TestAnalyzer runs the fixtures for the analysis rules: normal paths,
// names, helpers and facts, custom stores, directives, unusual code. They
// are loaded at once, so that the libraries they share are type-checked
// once.
func TestAnalyzer(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, fixtures, analyzer.New(analyzer.DefaultConfig()), []string{"./scsbasic", "./flow", "./helpers", "./crosspkg/...", "./customstore", "./ignore", "./robust", "./offpath",
		"./routesmuxchains", "./routeschimount", "./routesgroups", "./routesmiddleware", "./routesfiber3chain", "./echo5addroute", "./namesindex",
		"./gincookiehelper", "./handlerhelpers", "./sessionguards/...", "./iris", "./interfaces/...", "./callbacks", "./denylist", "./handoff", "./broken/...", "./errorexits/...", "./appstorage", "./ginredisoptions", "./gorillacookiewipes", "./gorillafsoffpath", "./adapters", "./remember/...", "./ctxservices"}...)
}
