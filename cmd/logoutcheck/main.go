// Command logoutcheck reports logout handlers that leave the session valid
// on the server.
//
// Usage:
//
//	logoutcheck [-fix] [-diff] [-json] [flags] packages...
//	go vet -vettool=$(which logoutcheck) [flags] packages...
package main

import (
	"github.com/logoutcheck/logoutcheck/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
