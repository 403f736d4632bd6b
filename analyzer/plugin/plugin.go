// Package plugin registers logoutcheck as a golangci-lint module plugin.
//
// A custom golangci-lint binary built with this package (see
// docs/integrations.md) runs logoutcheck as the linter named by its
// settings key, usually "logoutcheck":
//
//	linters:
//	  enable: [logoutcheck]
//	  settings:
//	    custom:
//	      logoutcheck:
//	        type: module
//	        settings:
//	          disable: [values-only]
//
// The settings keys are the analyzer's flag names (see analyzer.Config).
// Keys left out keep their default values; an unknown key or a malformed
// value is an error.
//
// The registration happens in an init function, so only programs that
// import this package see it.
package plugin

import (
	"bytes"
	"encoding/json"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/logoutcheck/logoutcheck/analyzer"
)

func init() {
	register.Plugin("logoutcheck", newPlugin)
}

// newPlugin returns the plugin for the settings golangci-lint decoded from its
// configuration (nil when there are none).
func newPlugin(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[config](settings)
	if err != nil {
		return nil, err
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return &plugin{analyzer.New(s.Config)}, nil
}

// config is an analyzer.Config that starts from analyzer.DefaultConfig
// when it is decoded, so that settings left out keep their defaults.
// (register.DecodeSettings decodes into a zero value.)
type config struct{ analyzer.Config }

func (c *config) UnmarshalJSON(data []byte) error {
	c.Config = analyzer.DefaultConfig()
	// A custom UnmarshalJSON does not inherit the caller's
	// DisallowUnknownFields: misspelt keys must still fail.
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(&c.Config)
}

// plugin holds the analyzer built for one golangci-lint configuration.
type plugin struct{ analyzer *analysis.Analyzer }

func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

// GetLoadMode reports that logoutcheck needs type information: it
// resolves callees and exchanges facts between packages.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
