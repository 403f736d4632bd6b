package analyzer

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ignorePrefix starts a directive that suppresses the finding on the
// handler it annotates. A reason is required:
//
//	//logoutcheck:ignore the SSO provider ends the session on its side
//
// It goes in the handler's doc comment, on the line above a function
// literal, or at the end of the line the finding is reported on.
const ignorePrefix = "//logoutcheck:ignore"

// An ignore is one suppression directive.
type ignore struct {
	pos    token.Pos
	file   *token.File
	line   int
	reason string
	used   bool
}

// collectIgnores finds the suppression directives of the package.
func (a *pkgAnalysis) collectIgnores() []*ignore {
	var out []*ignore
	for _, f := range a.pass.Files {
		tf := a.pass.Fset.File(f.Pos())
		if a.generated[tf] {
			continue
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				rest, ok := strings.CutPrefix(c.Text, ignorePrefix)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				// a comment on the directive ("// ...") is not its reason
				reason, _, _ := strings.Cut(rest, "//")
				out = append(out, &ignore{pos: c.Pos(), file: tf, line: tf.Line(c.Pos()), reason: strings.TrimSpace(reason)})
			}
		}
	}
	return out
}

// suppressed reports whether a directive with a reason covers the
// finding on h, and marks that directive used.
func (a *pkgAnalysis) suppressed(ignores []*ignore, h *candidate) bool {
	pos := h.node.Pos()
	var doc *ast.CommentGroup
	switch fn := h.node.(type) {
	case *ast.FuncDecl:
		pos, doc = fn.Name.Pos(), fn.Doc
	case *ast.FuncLit:
		pos = fn.Type.Pos()
	}
	tf := a.pass.Fset.File(pos)
	line := tf.Line(pos)
	for _, d := range ignores {
		if d.file != tf || d.reason == "" {
			continue
		}
		inDoc := doc != nil && doc.Pos() <= d.pos && d.pos < doc.End()
		if inDoc || d.line == line || d.line == line-1 {
			d.used = true
			return true
		}
	}
	return false
}

// reportIgnores reports directives without a reason and directives that
// suppress nothing.
func reportIgnores(pass *analysis.Pass, ignores []*ignore, disabled map[category]bool) {
	if disabled[catDirective] {
		return
	}
	for _, d := range ignores {
		var msg string
		switch {
		case d.reason == "":
			msg = "logoutcheck:ignore directive needs a reason: say why this handler need not invalidate the session"
		case !d.used:
			msg = "logoutcheck:ignore directive suppresses nothing: no logout handler finding here"
		default:
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:      d.pos,
			End:      d.pos + token.Pos(len(ignorePrefix)),
			Category: string(catDirective),
			Message:  msg,
			URL:      "https://github.com/logoutcheck/logoutcheck#suppressing-a-finding",
		})
	}
}
