// Package grpcsvc pins down gRPC service methods, whose requests are
// protobuf messages, found by their names: the sign-out of a service that
// keeps its sessions in its own SQL table.
package grpcsvc

import (
	"context"
	"database/sql"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"
)

type AuthService struct {
	db *sql.DB
}

type tokenKey struct{}

func (s *AuthService) SignOut(ctx context.Context, _ *emptypb.Empty) (*emptypb.Empty, error) {
	token, ok := ctx.Value(tokenKey{}).(string)
	if !ok {
		return nil, status.Error(codes.Unauthenticated, "not signed in")
	}
	if _, err := s.db.ExecContext(ctx, "DELETE FROM sessions WHERE token = $1", token); err != nil {
		return nil, status.Errorf(codes.Internal, "sign out: %v", err)
	}
	return &emptypb.Empty{}, nil
}

func (s *AuthService) Logout(ctx context.Context, _ *emptypb.Empty) (*emptypb.Empty, error) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	return &emptypb.Empty{}, nil
}

// A helper with a message but no context is no service method.
func logoutEvent(_ *emptypb.Empty) string { return "logout" }

// Not a logout.
func (s *AuthService) Ping(ctx context.Context, _ *emptypb.Empty) (*emptypb.Empty, error) { // want Ping:`handler\(session\(\)\)`
	return &emptypb.Empty{}, nil
}
