// Package handlerhelpers checks that functions with handler parameters
// that nothing registers, and that the package only calls, are judged as
// part of the handlers that call them, not as handlers of their own.
package handlerhelpers

import (
	"log"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/gin-gonic/gin"
)

type Server struct {
	sessions *scs.SessionManager
	mux      *http.ServeMux
}

// logoutOIDCUser is only ever called: a helper, not reported.
func (s *Server) logoutOIDCUser(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "oidc", MaxAge: -1})
}

// backendLogout is only ever called, too.
func backendLogout(w http.ResponseWriter, r *http.Request) {
	log.Printf("backend logout for %s", r.RemoteAddr)
}

// The handlers that call them are judged with what the helpers do.
func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	s.sessions.Destroy(r.Context())
	s.logoutOIDCUser(w, r)
	backendLogout(w, r)
	http.Redirect(w, r, "/", http.StatusFound)
}

func (s *Server) handleAdminLogout(w http.ResponseWriter, r *http.Request) { // want `logout handler handleAdminLogout \(name matches "logout"\) leaves the session valid on the server: it only expires the cookie in the browser`
	s.logoutOIDCUser(w, r)
	backendLogout(w, r)
	http.Redirect(w, r, "/", http.StatusFound)
}

// signOut is called, but also registered: a handler.
func (s *Server) signOut(w http.ResponseWriter, r *http.Request) { // want `logout handler signOut \(name matches "sign out"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusFound)
}

func (s *Server) routes() {
	s.mux.HandleFunc("/bye", s.signOut)
	s.mux.HandleFunc("/logout", s.handleLogout)
	s.mux.HandleFunc("/admin/logout", s.handleAdminLogout)
}

func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) {
	s.signOut(w, r)
}

// An exported function with a handler's parameters may be registered by
// another package: still judged.
func LogoutPage(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	backendLogout(w, r)
}

// An audit logger that takes the framework context but neither answers
// nor touches the session is not a handler.
func AuditLogout(c *gin.Context, username, provider string) {
	log.Printf("logout user=%s provider=%s ip=%s", username, provider, c.ClientIP())
}

// A logout with an extra parameter that answers the request is one.
func Logout(c *gin.Context, db *Store) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	AuditLogout(c, "u", "local")
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

type Store struct{}

// An unexported function that returns an error is the handler of an
// adapter that answers with the error: still judged.
func (s *Server) logoutErr(w http.ResponseWriter, r *http.Request) error { // want `logout handler logoutErr \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusFound)
	return nil
}

func (s *Server) adapted() {
	s.mux.HandleFunc("/account/exit", func(w http.ResponseWriter, r *http.Request) {
		if err := s.logoutErr(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
}

// With more than a handler's parameters, an error result does not make
// it a handler: logOutBlog is a helper of the handler that calls it.
func (s *Server) logOutBlog(alias string, w http.ResponseWriter, r *http.Request) error { // want logOutBlog:`session\(client\)`
	http.SetCookie(w, &http.Cookie{Name: "blog-" + alias, MaxAge: -1})
	return nil
}

func (s *Server) handleBlogLogout(w http.ResponseWriter, r *http.Request) { // want `handleBlogLogout .* it only expires the cookie in the browser`
	if err := s.logOutBlog("main", w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}
