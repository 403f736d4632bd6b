// want package:`stores\(server\)`

// Package gorillafsoffpath checks that a gorilla deletion (negative
// MaxAge, then save) that runs only on an error path is reported as off
// the normal path.
package gorillafsoffpath

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte("hash-key"))

// The deletion runs only when loading the session failed.
func LogoutOnError(w http.ResponseWriter, r *http.Request) { // want `LogoutOnError .* only on an error or early-return path`
	sess, err := store.Get(r, "session")
	if err != nil {
		sess.Options.MaxAge = -1
		sess.Save(r, w)
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
