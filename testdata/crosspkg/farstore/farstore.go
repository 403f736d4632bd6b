// Package farstore holds handlers whose session store is given to them
// by the package that builds the router (farrouter): here the store is a
// sessions.Store interface, so whether a save can delete the session is
// not known, and the hint says so and no fix is offered.
package farstore

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type Handlers struct {
	Store sessions.Store
}

func (h *Handlers) Logout(w http.ResponseWriter, r *http.Request) { // want Logout:`handler\(session\(clearpending,cleared,saved\), store unknown, gorilla/sessions, judged\)` `it only removes session values, so the session ID stays valid \(set Options.MaxAge = -1 on the session and save it, if its store keeps sessions on the server; a cookie store cannot revoke them\); no suggested fix: the session store is built out of sight of this package`
	sess, _ := h.Store.Get(r, "app")
	delete(sess.Values, "user")
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (h *Handlers) SignOut(w http.ResponseWriter, r *http.Request) { // want `it only expires the cookie in the browser \(set Options.MaxAge = -1 on the session and save it, if its store keeps sessions on the server; a cookie store cannot revoke them\); no suggested fix: the session store is built out of sight`
	http.SetCookie(w, &http.Cookie{Name: "app", MaxAge: -1})
	sess, _ := h.Store.Get(r, "app")
	_ = sess.Values["user"]
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Expire deletes the session where the store keeps it on the server, and
// is silent here: only the router's package sees that its store is a
// cookie store, and reports it there.
func (h *Handlers) Expire(w http.ResponseWriter, r *http.Request) { // want Expire:`handler\(session\(mark,marksaved,saved\), store unknown, gorilla/sessions\)` Expire:`session\(mark,marksaved,saved\)`
	sess, _ := h.Store.Get(r, "app")
	sess.Options.MaxAge = -1
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
