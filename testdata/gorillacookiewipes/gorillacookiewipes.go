// want package:`stores\(cookie\)`

// Package gorillacookiewipes checks value wipes on a cookie store: a range
// loop of deletes, clear, and setting the authentication flag to false.
package gorillacookiewipes

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("secret"))

func Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server`
	sess, _ := store.Get(r, "session")
	for k := range sess.Values {
		delete(sess.Values, k)
	}
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func SignOut(w http.ResponseWriter, r *http.Request) { // want `logout handler SignOut \(name matches "sign out"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server`
	sess, _ := store.Get(r, "session")
	clear(sess.Values)
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// From gorilla/sessions' README-era example "sessions": revoke the
// authentication flag.
func logout(w http.ResponseWriter, r *http.Request) { // want `logout handler logout \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server`
	session, _ := store.Get(r, "cookie-name")
	session.Values["authenticated"] = false
	session.Save(r, w)
}
