// Command gcl is golangci-lint v2 with the logoutcheck module plugin
// linked in: what "golangci-lint custom" builds, as a module that builds
// offline from the module cache. The end-to-end tests build and run it.
package main

import (
	"fmt"
	"os"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/logoutcheck/logoutcheck/analyzer/plugin"
)

func main() {
	info := commands.BuildInfo{Version: "2.15.0-logoutcheck", Commit: "none", Date: "none", GoVersion: "go"}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
