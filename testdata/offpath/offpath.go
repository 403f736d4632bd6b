// Package offpath checks the message for a handler whose only invalidation
// is on an error or early-return path: the category's words stay, and the
// reason follows.
package offpath

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func audit(r *http.Request) error { return nil }

func Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it; the invalidation runs only on an error or early-return path \(call \(\*scs.SessionManager\).Destroy\)`
	if err := audit(r); err != nil {
		sm.Destroy(r.Context())
		http.Error(w, "audit failed", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func SignOut(w http.ResponseWriter, r *http.Request) { // want `logout handler SignOut \(name matches "sign out"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid; the invalidation runs only on an error or early-return path`
	if err := audit(r); err != nil {
		sm.Destroy(r.Context())
		http.Error(w, "audit failed", http.StatusInternalServerError)
		return
	}
	sm.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
