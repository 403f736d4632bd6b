package driver

import (
	"strings"
	"testing"

	"github.com/logoutcheck/logoutcheck/analyzer"
)

// TestSARIFRules checks that every category a finding can carry (the
// categories -disable takes) has a SARIF rule, and every rule a category:
// buildSARIF leaves out a finding whose category has no rule.
func TestSARIFRules(t *testing.T) {
	_, list, ok := strings.Cut(analyzer.Analyzer.Flags.Lookup("disable").Usage, "report: ")
	if !ok {
		t.Fatalf("-disable usage does not list the categories: %q", analyzer.Analyzer.Flags.Lookup("disable").Usage)
	}
	cats := strings.Split(strings.TrimSpace(list), ", ")
	var ids []string
	for _, r := range rules {
		ids = append(ids, r.id)
	}
	if strings.Join(ids, ",") != strings.Join(cats, ",") {
		t.Errorf("SARIF rules %q, want one per category, in order: %q", ids, cats)
	}
}
