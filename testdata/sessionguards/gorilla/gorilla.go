// want package:`stores\(server\)`

// Package gorilla checks that a new (unloaded) gorilla session is a
// "nothing to log out" branch.
package gorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("/var/lib/app/sessions", []byte("hash-key"), []byte("block-key-16byte"))

func Logout(w http.ResponseWriter, r *http.Request) {
	sess, err := store.Get(r, "app")
	if err != nil {
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	if sess.IsNew {
		http.Redirect(w, r, "/", http.StatusFound)
		return
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(r, w); err != nil {
		http.Error(w, "logout failed", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

// A user value read from the session, missing: nobody to log out.
func SignOut(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "app")
	if sess.Values["user"] == nil {
		http.Redirect(w, r, "/", http.StatusFound)
		return
	}
	sess.Options.MaxAge = -1
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusFound)
}

// The guard does not excuse the signed-in path.
func LogoutValues(w http.ResponseWriter, r *http.Request) { // want `LogoutValues .* it only removes session values`
	sess, _ := store.Get(r, "app")
	if sess.IsNew {
		http.Redirect(w, r, "/", http.StatusFound)
		return
	}
	delete(sess.Values, "user")
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusFound)
}
