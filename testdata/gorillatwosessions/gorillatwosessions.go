// want package:`stores\(server\)`

// Package gorillatwosessions checks that a negative MaxAge counts only
// when the same session is saved: marking the auth session and saving
// the flash session deletes nothing.
package gorillatwosessions

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte("secret"))

func Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: the session is marked for deletion or wiped but never saved`
	auth, _ := store.Get(r, "auth")
	flash, _ := store.Get(r, "flash")
	auth.Options.MaxAge = -1
	flash.AddFlash("You have been logged out")
	flash.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Saving every session of the request does delete the auth session.
func SignOut(w http.ResponseWriter, r *http.Request) {
	auth, _ := store.Get(r, "auth")
	flash, _ := store.Get(r, "flash")
	auth.Options.MaxAge = -1
	flash.AddFlash("You have been logged out")
	sessions.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Saving the marked session itself deletes it, whatever else is saved.
func LogoutBoth(w http.ResponseWriter, r *http.Request) {
	auth, _ := store.Get(r, "auth")
	flash, _ := store.Get(r, "flash")
	auth.Options.MaxAge = -1
	flash.AddFlash("You have been logged out")
	flash.Save(r, w)
	auth.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
