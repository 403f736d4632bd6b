// want package:`stores\(server\)`

// Package fixgorilla checks the suggested fixes for gorilla/sessions with
// a server-side store.
package fixgorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

var store = sessions.NewFilesystemStore("/var/lib/app/sessions", []byte("key"))

// The session is in scope but never expired.
func Logout(w http.ResponseWriter, r *http.Request) { // want `never saved \(save the session after setting a negative MaxAge\)`
	sess, err := store.Get(r, "app")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	delete(sess.Values, "user")
	http.Redirect(w, r, "/", http.StatusFound)
}

// Marked for deletion, never saved.
func LogoutUnsaved(w http.ResponseWriter, r *http.Request) { // want `never saved`
	sess, _ := store.Get(r, "app")
	sess.Options.MaxAge = -1
	http.Redirect(w, r, "/", http.StatusFound)
}

// echo-contrib returns gorilla sessions.
func EchoLogout(c echo.Context) error { // want `it only removes session values`
	sess, err := session.Get("app", c)
	if err != nil {
		return err
	}
	delete(sess.Values, "user")
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusFound, "/")
}
