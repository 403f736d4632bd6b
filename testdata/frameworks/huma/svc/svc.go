// Package svc is a service layer beside a net/http API: it imports no
// huma, so its methods of huma's handler shape are no handlers.
package svc

import (
	"context"
	"net/http"
)

type Service struct{}

type Request struct{ Token string }

type Response struct{ Status int }

func (s *Service) Logout(ctx context.Context, req *Request) (*Response, error) {
	return &Response{Status: http.StatusOK}, nil
}
