// want package:`stores\(server\)`

// Package authboss pins down volatiletech/authboss v3 with
// authboss-clientstate on a server-side gorilla store: DelAllSession
// keeping no keys sets MaxAge -1 and saves when the response is written,
// which deletes the record; keeping keys, or DelKnownSession, only
// removes values; DelKnownCookie only deletes the remember-me cookie.
package authboss

import (
	"net/http"

	"github.com/gorilla/sessions"
	abclientstate "github.com/volatiletech/authboss-clientstate"
	"github.com/volatiletech/authboss/v3"
)

type app struct {
	ab       *authboss.Authboss
	remember authboss.RememberingServerStorer
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
	mux.HandleFunc("POST /signout", a.adieu)
	mux.HandleFunc("POST /logoff", a.cheerio)
	mux.HandleFunc("POST /log-out", a.farewell)
	mux.HandleFunc("POST /sign-out", a.properly)
	mux.HandleFunc("POST /account/logout", a.likeTheModule)
	mux.HandleFunc("POST /sso/logout", a.keepCSRF)
	return a.ab.LoadClientStateMiddleware(mux)
}

func (a *app) bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "POST /logout"\) leaves the session valid on the server: nothing invalidates it \(call authboss.DelAllSession\(w, nil\) with a server-side session store\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The deprecated way: the user's keys go, the session stays.
func (a *app) adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "POST /signout"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid \(call authboss.DelAllSession\(w, nil\) with a server-side session store\)` adieu:`session\(cleared\)`
	authboss.DelKnownSession(w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) cheerio(w http.ResponseWriter, r *http.Request) { // want `logout handler cheerio \(registered on route "POST /logoff"\) leaves the session valid on the server: it only removes session values` cheerio:`session\(cleared\)`
	authboss.DelSession(w, authboss.SessionKey)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Only the remember-me cookie goes, in the browser.
func (a *app) farewell(w http.ResponseWriter, r *http.Request) { // want `logout handler farewell \(registered on route "POST /log-out"\) leaves the session valid on the server: it only expires the cookie in the browser` farewell:`session\(client\)`
	authboss.DelKnownCookie(w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) properly(w http.ResponseWriter, r *http.Request) { // want properly:`session\(mark,marksaved,saved\)`
	authboss.DelAllSession(w, nil)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// What the logout module does: the whitelist comes from the
// configuration, which is not read, so the delete is trusted.
func (a *app) likeTheModule(w http.ResponseWriter, r *http.Request) { // want likeTheModule:`session\(mark,marksaved,cleared,client,saved,remember\)`
	if pid, err := a.ab.CurrentUserID(r); err == nil && pid != "" {
		if err := a.remember.DelRememberTokens(r.Context(), pid); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
	}
	authboss.DelAllSession(w, a.ab.Config.Storage.SessionStateWhitelistKeys)
	authboss.DelKnownSession(w)
	authboss.DelKnownCookie(w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Keeping a key keeps the session: only the other values go.
func (a *app) keepCSRF(w http.ResponseWriter, r *http.Request) { // want `logout handler keepCSRF \(registered on route "POST /sso/logout"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid` keepCSRF:`session\(cleared\)`
	authboss.DelAllSession(w, []string{"csrf_token"})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
