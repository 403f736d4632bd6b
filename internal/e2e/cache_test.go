package e2e_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	// The tests run programs built from these packages in child
	// processes, which go test's result cache does not see. Linking them
	// into the test binary makes a change to their sources a change to
	// the test binary, so that go test runs the tests again.
	_ "github.com/logoutcheck/logoutcheck/analyzer"
	_ "github.com/logoutcheck/logoutcheck/analyzer/plugin"
	_ "github.com/logoutcheck/logoutcheck/internal/driver"
)

// readTree reads every file under dir in the test's own process, so that
// go test's result cache, which records the files a test opens, is keyed
// to a directory that the tests hand to a child process as it is.
func readTree(t *testing.T, dir string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		_, err = os.ReadFile(path)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
