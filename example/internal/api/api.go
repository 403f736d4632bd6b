// Package api serves the JSON API, authenticated by bearer tokens kept in
// a server-side token store.
package api

import (
	"context"
	"net/http"
	"strings"
	"sync"
)

// TokenStore keeps issued API tokens.
type TokenStore struct {
	mu     sync.Mutex
	tokens map[string]string
}

// NewTokenStore returns an empty token store.
func NewTokenStore() *TokenStore { return &TokenStore{tokens: map[string]string{}} }

// RevokeToken deletes a token: it no longer authenticates anyone.
func (s *TokenStore) RevokeToken(ctx context.Context, token string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.tokens, token)
	return nil
}

// Server is the API server.
type Server struct{ tokens *TokenStore }

// NewServer returns an API server using tokens.
func NewServer(tokens *TokenStore) *Server { return &Server{tokens: tokens} }

// Routes registers the API endpoints.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/logout", s.Logout)
	mux.HandleFunc("POST /api/web-logout", s.WebLogout)
}

// Logout revokes the caller's bearer token.
func (s *Server) Logout(w http.ResponseWriter, r *http.Request) {
	token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if token == "" {
		http.Error(w, "Unauthorized", http.StatusUnauthorized)
		return
	}
	if err := s.tokens.RevokeToken(r.Context(), token); err != nil {
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// WebLogout clears the token cookie in the browser, but the token itself
// stays valid in the store.
func (s *Server) WebLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "token", Value: "", Path: "/", MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
}

// Client is a client for another service's API. Its Logout is not an
// HTTP handler and is never reported.
type Client struct{ token string }

// Logout drops the client's token.
func (c *Client) Logout(ctx context.Context) error {
	c.token = ""
	return nil
}
