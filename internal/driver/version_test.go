package driver

import (
	"runtime/debug"
	"testing"
)

// TestModuleVersion checks which module's version -V=full prints: the
// command's own module, main module or requirement, never another
// module's.
func TestModuleVersion(t *testing.T) {
	t.Parallel()
	tools := &debug.Module{Path: "golang.org/x/tools", Version: "v0.47.0"}
	for _, c := range []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"go install @version", debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v1.2.3"}, Deps: []*debug.Module{tools}}, "v1.2.3"},
		{"clone without VCS stamping", debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "(devel)"}}, "devel"},
		{"go tool in an app", debug.BuildInfo{Main: debug.Module{Path: "example.com/app", Version: "v9.9.9"},
			Deps: []*debug.Module{tools, {Path: modulePath, Version: "v1.4.0"}}}, "v1.4.0"},
		{"go tool, replaced by a directory", debug.BuildInfo{Main: debug.Module{Path: "example.com/app", Version: "v9.9.9"},
			Deps: []*debug.Module{{Path: modulePath, Version: "v1.4.0", Replace: &debug.Module{Path: "../logoutcheck"}}}}, "devel"},
		{"go tool, replaced by a fork", debug.BuildInfo{Main: debug.Module{Path: "example.com/app"},
			Deps: []*debug.Module{{Path: modulePath, Version: "v1.4.0", Replace: &debug.Module{Path: "example.com/fork", Version: "v1.4.1"}}}}, "v1.4.1"},
		{"not in the build", debug.BuildInfo{Main: debug.Module{Path: "example.com/app", Version: "v9.9.9"}}, "devel"},
	} {
		if got := moduleVersion(&c.bi); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
