// Package scs checks that the branch where scs reports no signed-in user
// is a "nothing to log out" branch, not a logout that leaks.
package scs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

// Nobody is signed in on the early return: nothing to log out there.
func Logout(w http.ResponseWriter, r *http.Request) {
	if !sm.Exists(r.Context(), "userID") {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, "logout failed", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Destroying only when signed in is the same thing.
func SignOut(w http.ResponseWriter, r *http.Request) {
	if sm.Exists(r.Context(), "userID") {
		_ = sm.Destroy(r.Context())
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The guard does not excuse what the signed-in path does.
func LogoutRemove(w http.ResponseWriter, r *http.Request) { // want `LogoutRemove .* it only removes session values`
	if !sm.Exists(r.Context(), "userID") {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	sm.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A session value compared with a constant is not a guard: the other
// provider's users are signed in too.
func LogoutLocalOnly(w http.ResponseWriter, r *http.Request) { // want `LogoutLocalOnly .* nothing invalidates it on some paths`
	if sm.GetString(r.Context(), "provider") == "local" {
		_ = sm.Destroy(r.Context())
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A session value that does not match the requester's: not the session
// to log out.
func LogoutOwner(w http.ResponseWriter, r *http.Request) {
	uid := sm.GetString(r.Context(), "userID")
	if uid == r.URL.Query().Get("user") {
		_ = sm.Destroy(r.Context())
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
