// Package customstore checks the name rule for apps with their own
// session stores.
package customstore

import (
	"context"
	"net/http"
	"strings"
)

type SessionStore interface {
	Get(ctx context.Context, id string) (map[string]string, error)
	Destroy(ctx context.Context, id string) error
}

type TokenService struct{}

func (TokenService) RevokeToken(ctx context.Context, token string) error { return nil }

type DB struct{}

func (DB) DeleteSessionByID(ctx context.Context, id string) error { return nil }
func (DB) Delete(ctx context.Context, table, id string) error     { return nil }

type Server struct {
	sessions SessionStore
	tokens   TokenService
	db       DB
}

func sid(r *http.Request) string {
	c, err := r.Cookie("sid")
	if err != nil {
		return ""
	}
	return c.Value
}

func (s *Server) Logout(w http.ResponseWriter, r *http.Request) {
	if err := s.sessions.Destroy(r.Context(), sid(r)); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func (s *Server) LogoutAPI(w http.ResponseWriter, r *http.Request) {
	s.tokens.RevokeToken(r.Context(), r.Header.Get("Authorization"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) SignOut(w http.ResponseWriter, r *http.Request) {
	s.db.DeleteSessionByID(r.Context(), sid(r))
	http.Redirect(w, r, "/", http.StatusFound)
}

// Delete on a receiver that is not session-like does not count.
func (s *Server) LogoutWrongTable(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	s.db.Delete(r.Context(), "audit", sid(r))
	http.Redirect(w, r, "/", http.StatusFound)
}

// A service layer's Logout is the logout's implementation.
type UserService interface {
	Logout(ctx context.Context, userID string) error
	LogoutURL(returnTo string) string
}

type Handlers struct{ users UserService }

func (h *Handlers) HandleLogout(w http.ResponseWriter, r *http.Request) {
	if err := h.users.Logout(r.Context(), "u1"); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

// Building the identity provider's logout URL ends nothing here.
func (h *Handlers) HandleSignOut(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	http.Redirect(w, r, h.users.LogoutURL("/"), http.StatusFound)
}

// JWT apps revoke tokens by putting them on a server-side deny-list.
func JoinBlackList(ctx context.Context, token string) error { return nil }

func APILogout(w http.ResponseWriter, r *http.Request) {
	if err := JoinBlackList(r.Context(), r.Header.Get("Authorization")); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// RevokeJWT marks a token revoked in the database; the auth middleware
// rejects revoked tokens.
func RevokeJWT(ctx context.Context, token string) error { return nil }

func LogoutJWT(w http.ResponseWriter, r *http.Request) {
	if err := RevokeJWT(r.Context(), r.Header.Get("Authorization")); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// writeJSONError answers with an error status.
func writeJSONError(w http.ResponseWriter, msg string, code int) { // want writeJSONError:`errorexit`
	http.Error(w, msg, code)
}

// LogoutBearer revokes the token; its guard answers through the app's own
// error helper, so that path is not a successful logout.
func LogoutBearer(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(r.Header.Get("Authorization"), " ")
	if len(parts) != 2 || parts[0] != "Bearer" {
		writeJSONError(w, "invalid authorization header", http.StatusUnauthorized)
		return
	}
	if err := RevokeJWT(r.Context(), parts[1]); err != nil {
		writeJSONError(w, "failed to revoke token", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
