// Command logoutcheck reports logout handlers that leave the session valid
// on the server.
//
// Usage:
//
//	logoutcheck [-fix] [-diff] [-json] [-format=sarif] [flags] packages...
//	go vet -vettool="$(go env GOPATH)/bin/logoutcheck" [flags] packages...
package main

import (
	"github.com/logoutcheck/logoutcheck/analyzer"
	"github.com/logoutcheck/logoutcheck/internal/driver"
)

func main() { driver.Main(analyzer.Analyzer) }
