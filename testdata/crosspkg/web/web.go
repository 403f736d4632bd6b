// Package web uses helpers from another package: their facts decide.
package web

import (
	"net/http"

	"example.com/fixtures/crosspkg/authhelp"
	"example.com/fixtures/crosspkg/handlerhelp"
)

func Logout(w http.ResponseWriter, r *http.Request) {
	if err := authhelp.End(r.Context()); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutService(w http.ResponseWriter, r *http.Request) {
	var svc authhelp.Service
	_ = svc.Logout(r.Context())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutForget(w http.ResponseWriter, r *http.Request) { // want `it only removes session values` LogoutForget:`handler\(session\(cleared\), store unknown, judged\)`
	authhelp.Forget(r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutCookie(w http.ResponseWriter, r *http.Request) { // want `it only expires the cookie in the browser`
	authhelp.ExpireCookie(w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutAudit(w http.ResponseWriter, r *http.Request) { // want `logout handler LogoutAudit \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(delete the session record on the server\)`
	authhelp.Audit(r.Context(), "logout")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A helper with a handler's parameters, in another package.
func LogoutHandlerHelper(w http.ResponseWriter, r *http.Request) {
	if err := handlerhelp.EndSession(w, r); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
