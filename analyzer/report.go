package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A category is a kind of finding. Each has a README section of that name.
type category string

const (
	catNoInvalidation category = "no-invalidation" // nothing reaches the server
	catClientOnly     category = "client-only"     // only the browser cookie is expired
	catUnsaved        category = "unsaved"         // a deletion or wipe is never saved
	catCookieStore    category = "cookie-store"    // the session lives in a cookie: nothing to revoke
	catValuesOnly     category = "values-only"     // values wiped, session ID still valid
	catRememberMe     category = "remember-me"     // the session ends, a remember-me credential survives
)

// categories lists the categories of logout handler findings, worst first.
// remember-me is judged only for logouts that end the session.
var categories = []category{catNoInvalidation, catClientOnly, catUnsaved, catCookieStore, catValuesOnly, catRememberMe}

// catDirective is the category of malformed or unused
// logoutcheck:ignore directives (README: Suppressing a finding).
const catDirective category = "directive"

// disableable lists every category -disable takes.
var disableable = append(categories[:len(categories):len(categories)], catDirective)

func categoryList() string {
	var names []string
	for _, c := range disableable {
		names = append(names, string(c))
	}
	return strings.Join(names, ", ")
}

// worse reports whether a is a worse finding than b ("" is no finding).
func worse(a, b category) bool {
	if b == "" {
		return a != ""
	}
	if a == "" {
		return false
	}
	return rank(a) < rank(b)
}

func rank(c category) int {
	for i, x := range categories {
		if x == c {
			return i
		}
	}
	return len(categories)
}

// A verdict is the judgement on one logout handler.
type verdict struct {
	cat       category
	somePaths bool     // some normal paths do invalidate the session
	offPath   bool     // an invalidation exists, but only on error or early-return paths
	lib       *library // the session library in use, for the hint
	// storeUnseen says the session lives in a store whose kind decides
	// (see Library.StoreMatters) and that is built out of sight: in a
	// package that imports this one (the router's), or behind an
	// interface value. A save deletes the session only from a
	// server-side store.
	storeUnseen bool
	// cookieStore says the session lives in a gorilla-style store that
	// is known to be a cookie store, where no save deletes anything: the
	// hint is then to change the store, whatever the category.
	cookieStore bool
	noFix       string        // why there is no suggested fix, where the reason is not plain from the rest
	remember    *rememberLeak // for remember-me: the cookie that survives
}

// message returns the diagnostic text for a handler judged v.
func (v verdict) message(h *candidate) string {
	if v.cat == catRememberMe {
		what := fmt.Sprintf("the remember-me cookie %s set by %s still signs the user back in", cookieDisplay(v.remember.cookie), v.remember.issuer)
		if v.somePaths {
			what += " on some paths"
		}
		return fmt.Sprintf("logout handler %s ends the session but leaves a remember-me credential valid on the server: %s (%s)", h.describe(), what, v.hint())
	}
	var what string
	switch v.cat {
	case catNoInvalidation:
		what = "nothing invalidates it"
	case catClientOnly:
		what = "it only expires the cookie in the browser"
	case catUnsaved:
		what = "the session is marked for deletion or wiped but never saved"
	case catCookieStore:
		what = "the session lives in a cookie store, which cannot be revoked on the server"
	case catValuesOnly:
		what = "it only removes session values, so the session ID stays valid"
	}
	if v.somePaths {
		what += " on some paths"
	}
	if v.offPath {
		what += "; the invalidation runs only on an error or early-return path"
	}
	hint := v.hint()
	if v.storeUnseen && hint != "" {
		hint += ", if its store keeps sessions on the server; a cookie store cannot revoke them"
	}
	if hint != "" {
		hint = " (" + hint + ")"
	}
	if v.noFix != "" {
		hint += "; no suggested fix: " + v.noFix
	}
	return fmt.Sprintf("logout handler %s leaves the session valid on the server: %s%s", h.describe(), what, hint)
}

// hint says what to do instead.
func (v verdict) hint() string {
	switch {
	case v.cat == catCookieStore, v.cookieStore && v.cat != catRememberMe:
		return "use a server-side session store and delete the session there"
	}
	switch v.cat {
	case catRememberMe:
		return "delete the remember-me token on the server, or change the secret the cookie is signed with; expiring the cookie leaves copies of it valid"
	case catUnsaved:
		if v.lib != nil && v.lib.StoreMatters {
			return "save the session after setting a negative MaxAge"
		}
		return "save the session"
	}
	if v.lib != nil && v.lib.Hint != "" {
		return v.lib.Hint
	}
	return "delete the session record on the server"
}

// describe names a candidate handler and says why it is logout-like.
func (h *candidate) describe() string {
	r := h.reasons[0]
	return h.name() + " (" + r + ")"
}

// report emits the diagnostic for a candidate, at its name or func keyword.
func report(pass *analysis.Pass, h *candidate, v verdict, fixes []analysis.SuggestedFix) {
	var pos, end token.Pos
	switch fn := h.node.(type) {
	case *ast.FuncDecl:
		pos, end = fn.Name.Pos(), fn.Type.End()
	case *ast.FuncLit:
		pos, end = fn.Type.Pos(), fn.Type.End()
	default:
		pos, end = fn.Pos(), fn.End() // a handler of another package: the route's handler argument
	}
	pass.Report(analysis.Diagnostic{
		Pos:            pos,
		End:            end,
		Category:       string(v.cat),
		Message:        v.message(h),
		URL:            "https://github.com/logoutcheck/logoutcheck#" + string(v.cat),
		SuggestedFixes: fixes,
	})
}
