// want package:`stores\(cookie\)`

// Package gorillafresh logs out by saving a new, empty session
// (sessions.NewSession) in place of the request's, on a cookie store: the
// browser gets an empty cookie, and a copy of the old one still decodes.
package gorillafresh

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type Users struct{ store sessions.Store }

func New(secret []byte) *Users { return &Users{store: sessions.NewCookieStore(secret)} }

// A new session saved through the Store interface overwrites the cookie.
func (u *Users) Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)$`
	s := sessions.NewSession(u.store, "user")
	s.IsNew = true
	if err := u.store.Save(r, w, s); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// The same, saved through the session, with a negative MaxAge that
// expires only the new cookie.
func (u *Users) SignOut(w http.ResponseWriter, r *http.Request) { // want `SignOut \(name matches "sign out"\) .* the session lives in a cookie store`
	var s *sessions.Session
	s = sessions.NewSession(u.store, "user")
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
}

// A new session that is never saved changes nothing: the hint names no
// save, which a cookie store could not make revoke anything.
func (u *Users) LogoutUnsaved(w http.ResponseWriter, r *http.Request) { // want `LogoutUnsaved .* nothing invalidates it \(use a server-side session store and delete the session there\); no suggested fix: the session lives in a cookie store`
	s := sessions.NewSession(u.store, "user")
	s.Values["user"] = nil
	w.WriteHeader(http.StatusOK)
}

// Login builds a new session too; it is no logout.
func (u *Users) Login(w http.ResponseWriter, r *http.Request) { // want Login:`^session\(replaced\)$` Login:`handler\(session\(replaced\), store cookie, gorilla/sessions\)`
	s := sessions.NewSession(u.store, "user")
	s.Values["user"] = r.FormValue("user")
	_ = u.store.Save(r, w, s)
}
