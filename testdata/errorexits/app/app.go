// Package app checks that a branch ending in the app's own error helper
// is an error path, not a logout that leaks.
package app

import (
	"net/http"
	"strings"

	"github.com/alexedwards/scs/v2"
	"github.com/gin-gonic/gin"

	"example.com/fixtures/errorexits/respond"
)

type app struct{ sm *scs.SessionManager }

// The malformed-header branch answers 400 through a helper of another
// package: an error path.
func (a *app) Logout(w http.ResponseWriter, r *http.Request) {
	parts := strings.Fields(r.Header.Get("Authorization"))
	if len(parts) != 2 {
		respond.BadRequest(w, "malformed authorization header")
		return
	}
	if err := a.sm.Destroy(r.Context()); err != nil {
		respond.ServerError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A helper of this package, on a framework context.
func (a *app) badRequest(c *gin.Context) { // want badRequest:`errorexit`
	c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "bad request"})
}

func (a *app) SignOut(c *gin.Context) {
	if c.Query("confirm") != "yes" {
		a.badRequest(c)
		return
	}
	_ = a.sm.Destroy(c.Request.Context())
	c.Redirect(http.StatusFound, "/")
}

// A helper that answers with the status it is given is no error exit:
// that branch is a normal path that leaks.
func (a *app) LogoutMaybe(w http.ResponseWriter, r *http.Request) { // want `LogoutMaybe .* nothing invalidates it on some paths`
	if r.URL.Query().Has("all") {
		respond.JSON(w, http.StatusOK, map[string]bool{"ok": true})
		return
	}
	_ = a.sm.Destroy(r.Context())
	w.WriteHeader(http.StatusNoContent)
}

// Nor is one that answers only on an error.
func (a *app) LogoutSometimes(w http.ResponseWriter, r *http.Request) { // want `LogoutSometimes .* nothing invalidates it on some paths`
	if r.URL.Query().Has("all") {
		respond.MaybeError(w, nil)
		return
	}
	_ = a.sm.Destroy(r.Context())
	w.WriteHeader(http.StatusNoContent)
}

// Refusals answered through a helper that picks an error status from the
// error's kind are error paths (a status variable, or a field).
func (a *app) LogoutKind(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("plugin") {
		respond.FromKind(w, respond.ErrNotImplemented)
		return
	}
	if r.URL.Query().Has("single") {
		respond.FieldFromKind(w, respond.ErrNotFound)
		return
	}
	_ = a.sm.Destroy(r.Context())
	w.WriteHeader(http.StatusNoContent)
}

// A helper whose status may be 200, or zero, or changed through a
// pointer, is no error exit: those branches are normal paths that leak.
func (a *app) LogoutKindOK(w http.ResponseWriter, r *http.Request) { // want `LogoutKindOK .* nothing invalidates it on some paths`
	if r.URL.Query().Has("plugin") {
		respond.StatusFromKind(w, nil)
		return
	}
	_ = a.sm.Destroy(r.Context())
	w.WriteHeader(http.StatusNoContent)
}

func (a *app) LogoutKindZero(w http.ResponseWriter, r *http.Request) { // want `LogoutKindZero .* nothing invalidates it on some paths`
	if r.URL.Query().Has("plugin") {
		respond.FieldSometimes(w, respond.ErrNotImplemented)
		return
	}
	_ = a.sm.Destroy(r.Context())
	w.WriteHeader(http.StatusNoContent)
}

func (a *app) LogoutKindPtr(w http.ResponseWriter, r *http.Request) { // want `LogoutKindPtr .* nothing invalidates it on some paths`
	if r.URL.Query().Has("plugin") {
		respond.PassedOn(w, respond.ErrNotImplemented)
		return
	}
	_ = a.sm.Destroy(r.Context())
	w.WriteHeader(http.StatusNoContent)
}
