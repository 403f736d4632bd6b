// want package:`stores\(cookie\)`

// Package authbosscookie pins down volatiletech/authboss v3 with
// authboss-clientstate's NewSessionStorer, whose session lives in a
// gorilla CookieStore: DelAllSession only expires the cookie, and a copy
// of the old one still decodes, even when the remember-me tokens are
// revoked too.
package authbosscookie

import (
	"net/http"

	abclientstate "github.com/volatiletech/authboss-clientstate"
	"github.com/volatiletech/authboss/v3"
)

var ab = setup()

var remember authboss.RememberingServerStorer

func setup() *authboss.Authboss {
	ab := authboss.New()
	ab.Config.Storage.SessionState = abclientstate.NewSessionStorer("ab_session", []byte("0123456789abcdef0123456789abcdef"), nil)
	return ab
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /logout", bye)
	mux.HandleFunc("POST /signout", adieu)
}

func bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "POST /logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)` bye:`session\(mark,marksaved,saved\)`
	authboss.DelAllSession(w, []string{})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "POST /signout"\) leaves the session valid on the server: the session lives in a cookie store` adieu:`session\(mark,marksaved,cleared,client,saved,remember\)`
	if pid, err := ab.CurrentUserID(r); err == nil {
		remember.DelRememberTokens(r.Context(), pid)
	}
	authboss.DelAllSession(w, ab.Config.Storage.SessionStateWhitelistKeys)
	authboss.DelKnownSession(w)
	authboss.DelKnownCookie(w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
