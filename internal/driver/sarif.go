package driver

import (
	"encoding/json"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"

	"golang.org/x/tools/go/analysis"
)

// readme is where each category's section lives; a rule's help URI is
// readme + "#" + its ID (the section heading).
const readme = "https://github.com/logoutcheck/logoutcheck"

// rules are the SARIF rules, one per category, in the README's order.
var rules = []struct {
	id, short, anchor string
}{
	{"no-invalidation", "Logout handler does not invalidate the session on the server", "no-invalidation"},
	{"client-only", "Logout handler only expires the session cookie in the browser", "client-only"},
	{"unsaved", "Logout handler marks the session for deletion but never saves it", "unsaved"},
	{"cookie-store", "Logout handler uses a cookie session store, which cannot be revoked on the server", "cookie-store"},
	{"values-only", "Logout handler removes session values but keeps the session ID valid", "values-only"},
	{"remember-me", "Logout handler ends the session but leaves a remember-me credential valid on the server", "remember-me"},
	{"directive", "logoutcheck:ignore directive without a reason, or that suppresses nothing", "suppressing-a-finding"},
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	ColumnKind         string                      `json:"columnKind"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult               `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID               string          `json:"id"`
	Name             string          `json:"name"`
	ShortDescription sarifText       `json:"shortDescription"`
	FullDescription  sarifText       `json:"fullDescription"`
	HelpURI          string          `json:"helpUri"`
	Help             sarifText       `json:"help"`
	DefaultConfig    sarifRuleConfig `json:"defaultConfiguration"`
	Properties       sarifProps      `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifProps struct {
	Tags             []string `json:"tags"`
	Precision        string   `json:"precision"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
	Fixes     []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           sarifRegion      `json:"region"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent *sarifText  `json:"insertedContent,omitempty"`
}

// buildSARIF returns the SARIF 2.1.0 log of the findings. File URIs are
// relative to the current directory (%SRCROOT%) where they lie under it.
func buildSARIF(findings []finding, a *analysis.Analyzer) sarifLog {
	root, _ := os.Getwd()
	loc := func(file string) sarifArtifactLoc {
		if rel, err := filepath.Rel(root, file); err == nil && !strings.HasPrefix(rel, "..") {
			return sarifArtifactLoc{URI: filepath.ToSlash(rel), URIBaseID: "%SRCROOT%"}
		}
		return sarifArtifactLoc{URI: "file://" + filepath.ToSlash(file)}
	}
	cols := columns{}
	version := strings.Fields(versionLine())[2]
	drv := sarifDriver{Name: a.Name, InformationURI: readme, Version: version}
	index := map[string]int{}
	for i, r := range rules {
		index[r.id] = i
		level := "error"
		severity := "7.5"
		if r.id == "directive" {
			level, severity = "warning", ""
		}
		drv.Rules = append(drv.Rules, sarifRule{
			ID:               r.id,
			Name:             ruleName(r.id),
			ShortDescription: sarifText{r.short},
			FullDescription:  sarifText{r.short + " (CWE-613: insufficient session expiration)."},
			HelpURI:          readme + "#" + r.anchor,
			Help:             sarifText{r.short + ". See " + readme + "#" + r.anchor},
			DefaultConfig:    sarifRuleConfig{level},
			Properties:       sarifProps{Tags: []string{"security", "CWE-613", "external/cwe/cwe-613"}, Precision: "high", SecuritySeverity: severity},
		})
	}
	run := sarifRun{
		Tool:               sarifTool{drv},
		ColumnKind:         "utf16CodeUnits",
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{"%SRCROOT%": {URI: "file://" + filepath.ToSlash(root) + "/"}},
		Results:            []sarifResult{},
	}
	for _, f := range findings {
		i, ok := index[f.diag.Category]
		if !ok {
			continue // every category has a rule; see TestSARIFRules
		}
		res := sarifResult{
			RuleID:    f.diag.Category,
			RuleIndex: i,
			Level:     drv.Rules[i].DefaultConfig.Level,
			Message:   sarifText{f.diag.Message},
			Locations: []sarifLocation{{sarifPhysical{loc(f.posn.Filename), cols.region(f.posn, f.end)}}},
		}
		for _, fix := range f.diag.SuggestedFixes {
			changes := map[string]*sarifArtifactChange{}
			var order []string
			for _, te := range fix.TextEdits {
				start, end := f.pkg.Fset.Position(te.Pos), f.pkg.Fset.Position(te.End)
				if te.End == 0 {
					end = start
				}
				c := changes[start.Filename]
				if c == nil {
					c = &sarifArtifactChange{ArtifactLocation: loc(start.Filename)}
					changes[start.Filename] = c
					order = append(order, start.Filename)
				}
				r := sarifReplacement{DeletedRegion: cols.region(start, end)}
				if len(te.NewText) > 0 {
					r.InsertedContent = &sarifText{string(te.NewText)}
				}
				c.Replacements = append(c.Replacements, r)
			}
			sf := sarifFix{Description: sarifText{fix.Message}}
			for _, name := range order {
				sf.ArtifactChanges = append(sf.ArtifactChanges, *changes[name])
			}
			if len(sf.ArtifactChanges) > 0 {
				res.Fixes = append(res.Fixes, sf)
			}
		}
		run.Results = append(run.Results, res)
	}
	return sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
}

// columns converts the byte columns of token.Positions to the UTF-16
// columns of SARIF (columnKind utf16CodeUnits, what code scanning
// reads). It holds the lines of the files it has read.
type columns map[string][]string

// region returns the SARIF region from start to end (end is left out
// when it is not after start's line).
func (cols columns) region(start, end token.Position) sarifRegion {
	r := sarifRegion{StartLine: max(start.Line, 1), StartColumn: cols.column(start)}
	if end.Line >= r.StartLine {
		r.EndLine, r.EndColumn = end.Line, cols.column(end)
	}
	return r
}

// column returns the 1-based UTF-16 column of p.
func (cols columns) column(p token.Position) int {
	if p.Column < 1 {
		return 1
	}
	lines, ok := cols[p.Filename]
	if !ok {
		if data, err := os.ReadFile(p.Filename); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		cols[p.Filename] = lines
	}
	if p.Line < 1 || p.Line > len(lines) || p.Column-1 > len(lines[p.Line-1]) {
		return p.Column // the file changed, or the position is past it: keep the byte column
	}
	n := 1
	for _, r := range lines[p.Line-1][:p.Column-1] {
		n += utf16.RuneLen(r)
	}
	return n
}

// ruleName turns "no-invalidation" into "NoInvalidation".
func ruleName(id string) string {
	var sb strings.Builder
	for _, w := range strings.Split(id, "-") {
		if w != "" {
			sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return sb.String()
}

func writeSARIF(w io.Writer, findings []finding, a *analysis.Analyzer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(buildSARIF(findings, a))
}

func writeSARIFFile(name string, findings []finding, a *analysis.Analyzer) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := writeSARIF(f, findings, a); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
