// want package:`stores\(server\)`

// Package gorillafreshfs saves new sessions (sessions.NewSession) on a
// FilesystemStore: saving one gives the browser a new cookie and leaves
// the request's record, which a copy of the old cookie still loads.
package gorillafreshfs

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte("key"))

// Only the browser's cookie changes; the fix template would expire the
// new session, which deletes nothing.
func Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: it only expires the cookie in the browser \(set Options.MaxAge = -1 on the session and save it\); no suggested fix: the session value in scope is a new one, not the request's`
	s := sessions.NewSession(store, "user")
	if err := store.Save(r, w, s); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

// A negative MaxAge on the new session erases no record: the store looks
// for the new session's, which has no ID.
func LogoutExpired(w http.ResponseWriter, r *http.Request) { // want `LogoutExpired .* it only expires the cookie in the browser`
	s := sessions.NewSession(store, "user")
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
}

// The request's session is expired and saved; the new one, for a flash
// message, is saved after it.
func SignOut(w http.ResponseWriter, r *http.Request) {
	sess, err := store.Get(r, "user")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess.Options.MaxAge = -1
	if err := store.Save(r, w, sess); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	flash := sessions.NewSession(store, "flash")
	flash.Values["msg"] = "signed out"
	_ = store.Save(r, w, flash)
	http.Redirect(w, r, "/", http.StatusFound)
}

// A variable given a new session and then the request's is the
// request's session where it is expired.
func LogOff(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(store, "user")
	s, _ = store.Get(r, "user")
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
}
