// want package:`stores\(cookie\)`

// Package gorillacookiefield pins down a CookieStore that is built
// elsewhere and only seen through the type of a struct field or variable.
package gorillacookiefield

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// The store is injected by main; its type says it is a cookie store.
type Server struct {
	Cookies *sessions.CookieStore
}

func (s *Server) HandleLogout(w http.ResponseWriter, r *http.Request) { // want `HandleLogout \(name matches "logout"\) .* the session lives in a cookie store, which cannot be revoked on the server`
	sess, err := s.Cookies.Get(r, "auth")
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	sess.Options.MaxAge = -1
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The session comes from a helper; the handler touches the store value.
func (s *Server) session(r *http.Request) *sessions.Session {
	sess, _ := s.Cookies.Get(r, "auth")
	return sess
}

func (s *Server) SignOut(w http.ResponseWriter, r *http.Request) { // want `SignOut .* the session lives in a cookie store`
	sess := s.session(r)
	delete(sess.Values, "user_id")
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) HandleLogin(w http.ResponseWriter, r *http.Request) { // want HandleLogin:`handler\(session\(saved\), store cookie, gorilla/sessions\)` HandleLogin:`session\(saved\)`
	sess := s.session(r)
	sess.Values["user_id"] = r.FormValue("id")
	sess.Save(r, w)
}
