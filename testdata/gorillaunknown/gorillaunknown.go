// Package gorillaunknown pins down gorilla sessions whose store cannot be
// resolved (an interface built in another package): a saved negative
// MaxAge is trusted, since the store may delete the record.
package gorillaunknown

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type Handler struct {
	Store sessions.Store
}

func (h *Handler) Logout(w http.ResponseWriter, r *http.Request) { // want Logout:`handler\(session\(mark,marksaved,saved\), store unknown, gorilla/sessions, judged\)`
	sess, err := h.Store.Get(r, "sid")
	if err != nil {
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	sess.Options.MaxAge = -1
	if err := h.Store.Save(r, w, sess); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (h *Handler) LogoutValues(w http.ResponseWriter, r *http.Request) { // want `LogoutValues .* it only removes session values, so the session ID stays valid.*; no suggested fix: the session store is built out of sight` LogoutValues:`handler\(session\(clearpending,cleared,saved\), store unknown, gorilla/sessions, judged\)`
	sess, _ := h.Store.Get(r, "sid")
	delete(sess.Values, "uid")
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (h *Handler) LogoutPage(w http.ResponseWriter, r *http.Request) { // want `LogoutPage .* nothing invalidates it`
	w.Write([]byte("Goodbye"))
}
