// Package e2e holds logoutcheck's end-to-end tests. They build the real
// programs and run them on the module in testdata/e2e/vetmod: the
// logoutcheck command, go vet -vettool, go fix -fixtool, and a
// golangci-lint built with the module plugin (testdata/e2e/gcl; skipped
// with -short, as its first build takes minutes).
//
// The tests download what they need through the module proxy.
package e2e
