// Package connectscs pins down connect service methods, found by their
// names and by the procedure they are served on, with scs sessions loaded
// into the request context by its middleware.
package connectscs

import (
	"context"
	"errors"
	"net/http"

	"connectrpc.com/connect"
	"github.com/alexedwards/scs/v2"
)

type (
	SignOutRequest  struct{}
	SignOutResponse struct{}
)

type AuthServer struct {
	sm *scs.SessionManager
}

func Mux(s *AuthServer) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/auth.v1.AuthService/EndSession", connect.NewUnaryHandler("/auth.v1.AuthService/EndSession", s.EndSession))
	mux.Handle("/auth.v1.AuthService/Logoff", connect.NewUnaryHandler("/auth.v1.AuthService/Logoff", s.Leave))
	return s.sm.LoadAndSave(mux)
}

func (s *AuthServer) SignOut(ctx context.Context, req *connect.Request[SignOutRequest]) (*connect.Response[SignOutResponse], error) {
	if s.sm.GetInt(ctx, "userID") == 0 {
		return nil, connect.NewError(connect.CodeUnauthenticated, errors.New("not signed in"))
	}
	if err := s.sm.Destroy(ctx); err != nil {
		return nil, connect.NewError(connect.CodeInternal, err)
	}
	return connect.NewResponse(&SignOutResponse{}), nil
}

func (s *AuthServer) Logout(ctx context.Context, req *connect.Request[SignOutRequest]) (*connect.Response[SignOutResponse], error) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	return connect.NewResponse(&SignOutResponse{}), nil
}

// Served on a logout procedure, not named as one.
func (s *AuthServer) Leave(ctx context.Context, req *connect.Request[SignOutRequest]) (*connect.Response[SignOutResponse], error) { // want `logout handler Leave \(registered on route "/auth.v1.AuthService/Logoff"\) leaves the session valid on the server: it only removes session values` Leave:`session\(cleared\)`
	s.sm.Remove(ctx, "userID")
	return connect.NewResponse(&SignOutResponse{}), nil
}

func (s *AuthServer) EndSession(ctx context.Context, req *connect.Request[SignOutRequest]) (*connect.Response[SignOutResponse], error) { // want EndSession:`session\(kill\)`
	if err := s.sm.RenewToken(ctx); err != nil {
		return nil, err
	}
	return connect.NewResponse(&SignOutResponse{}), nil
}
