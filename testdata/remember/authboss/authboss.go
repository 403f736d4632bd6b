// want package:`stores\(server\)` package:`remember\(accepted rm, issued rm by authboss.remember.Middleware in app.routes\)`

// Package authboss checks authboss's remember module: its Middleware,
// wired by the app, signs the user back in with the "rm" cookie that the
// module issues after a login. A logout of the app's own that ends the
// session must delete the user's remember-me tokens in the storer;
// deleting the cookie (DelKnownCookie) leaves them valid.
package authboss

import (
	"net/http"

	"github.com/gorilla/sessions"
	abclientstate "github.com/volatiletech/authboss-clientstate"
	"github.com/volatiletech/authboss/v3"
	"github.com/volatiletech/authboss/v3/remember"
)

type app struct {
	ab     *authboss.Authboss
	storer authboss.RememberingServerStorer
}

func newApp() *app {
	ab := authboss.New()
	ab.Config.Storage.SessionState = abclientstate.NewSessionStorerFromExisting("ab_session",
		sessions.NewFilesystemStore("/var/lib/app/sessions", []byte("hash-key")))
	ab.Config.Storage.CookieState = abclientstate.NewCookieStorer([]byte("hash-key"), nil)
	return &app{ab: ab}
}

func (a *app) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /logout", a.bye)
	mux.HandleFunc("POST /signout", a.properly)
	return a.ab.LoadClientStateMiddleware(remember.Middleware(a.ab)(mux))
}

func (a *app) bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "POST /logout"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie "rm" set by remember.Middleware in app.routes still signs the user back in` bye:`session\(mark,marksaved,client,saved\)`
	authboss.DelAllSession(w, nil)
	authboss.DelKnownCookie(w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) properly(w http.ResponseWriter, r *http.Request) { // want properly:`session\(mark,marksaved,client,saved,remember\)`
	pid, err := a.ab.CurrentUserID(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := a.storer.DelRememberTokens(r.Context(), pid); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	authboss.DelAllSession(w, nil)
	authboss.DelKnownCookie(w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
