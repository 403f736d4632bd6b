// Package appstorage checks that deleting the session or token record
// from the app's own storage (SQL, an ORM, Redis) counts as invalidation,
// judged by what the call deletes, not by the call alone.
package appstorage

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"
)

type Server struct {
	db  *sql.DB
	rdb *redis.Client
	orm *gorm.DB
}

type UserSession struct {
	ID     string
	UserID int
}

type AuditEntry struct{ Action string }

func sid(r *http.Request) string {
	c, err := r.Cookie("sid")
	if err != nil {
		return ""
	}
	return c.Value
}

func (s *Server) Logout(w http.ResponseWriter, r *http.Request) {
	if _, err := s.db.ExecContext(r.Context(), "DELETE FROM user_sessions WHERE id = $1", sid(r)); err != nil {
		http.Error(w, "logout failed", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

const revokeQuery = `UPDATE api_tokens SET revoked_at = now() WHERE token = ?`

func (s *Server) LogoutAPI(w http.ResponseWriter, r *http.Request) {
	s.db.Exec(revokeQuery, r.Header.Get("Authorization"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) LogoutColumn(w http.ResponseWriter, r *http.Request) {
	s.db.Exec("UPDATE users SET session_token = NULL WHERE session_token = ?", sid(r))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) SignOut(w http.ResponseWriter, r *http.Request) {
	s.rdb.Del(r.Context(), "session:"+sid(r))
	http.Redirect(w, r, "/", http.StatusFound)
}

// The key is the credential itself.
func (s *Server) SignOutToken(w http.ResponseWriter, r *http.Request) {
	s.rdb.Del(r.Context(), r.Header.Get("X-Auth-Token"))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) LogoutORM(w http.ResponseWriter, r *http.Request) {
	s.orm.Where("id = ?", sid(r)).Delete(&UserSession{})
	http.Redirect(w, r, "/", http.StatusFound)
}

// Deleting other rows, keys or models revokes nothing.
func (s *Server) LogoutAudit(w http.ResponseWriter, r *http.Request) { // want `LogoutAudit .* nothing invalidates it`
	s.db.Exec("DELETE FROM assessments WHERE draft = true")
	http.Redirect(w, r, "/", http.StatusFound)
}

func (s *Server) LogoutCache(w http.ResponseWriter, r *http.Request) { // want `LogoutCache .* nothing invalidates it`
	s.rdb.Del(r.Context(), fmt.Sprintf("profile:%d", 42))
	http.Redirect(w, r, "/", http.StatusFound)
}

func (s *Server) LogoutModel(w http.ResponseWriter, r *http.Request) { // want `LogoutModel .* nothing invalidates it`
	s.orm.Delete(&AuditEntry{}, "action = ?", "login")
	http.Redirect(w, r, "/", http.StatusFound)
}

// A query the analyzer cannot read counts for nothing.
func (s *Server) LogoutDynamic(w http.ResponseWriter, r *http.Request, table string) { // want `LogoutDynamic .* nothing invalidates it`
	s.db.Exec("DELETE FROM "+table+" WHERE id = ?", sid(r))
	http.Redirect(w, r, "/", http.StatusFound)
}
