// want package:`stores\(server,cookie\)`

// Package fixnone holds findings that get no fix: the repair would be a
// guess.
package fixnone

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/gorilla/sessions"
)

// Two managers in scope: which one holds the user's session?
type twoApps struct {
	users  *scs.SessionManager
	admins *scs.SessionManager
}

func (a *twoApps) logout(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it .*; no suggested fix: no single session value of gorilla/sessions is in scope`
	http.Redirect(w, r, "/", http.StatusFound)
}

// No session manager in scope at all.
type noSessions struct{}

func (noSessions) Logout(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it .*; no suggested fix: no single session value of gorilla/sessions is in scope`
	http.Redirect(w, r, "/", http.StatusFound)
}

// A cookie store cannot be revoked: there is nothing to call.
var cookies = sessions.NewCookieStore([]byte("key"))

func CookieLogout(w http.ResponseWriter, r *http.Request) { // want `cookie store`
	sess, _ := cookies.Get(r, "s")
	sess.Options.MaxAge = -1
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusFound)
}

// A handler with extra results: no clear way to handle the error.
func (noSessions) logoutStatus(w http.ResponseWriter, r *http.Request) (int, error) { // want `nothing invalidates it`
	return http.StatusOK, nil
}

// The response reads the session after the place of the fix: the read
// would see the new, empty session.
type oneApp struct{ sessions *scs.SessionManager }

func (a *oneApp) logoutGreeting(w http.ResponseWriter, r *http.Request) { // want `it only removes session values.*; no suggested fix: it reads the session after the place where the session would be invalidated`
	a.sessions.Remove(r.Context(), "userID")
	w.Write([]byte("bye " + a.sessions.GetString(r.Context(), "name")))
}

// A flash for the next request in the session the fix would delete: the
// flash would go with the record.
var files = sessions.NewFilesystemStore("/var/lib/app/sessions", []byte("key"))

func LogoutFlash(w http.ResponseWriter, r *http.Request) { // want `it only removes session values.*; no suggested fix: the values it stores for the next request would be deleted with the session`
	sess, _ := files.Get(r, "app")
	delete(sess.Values, "user")
	sess.AddFlash("bye")
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusFound)
}
