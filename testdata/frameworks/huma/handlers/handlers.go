// Package handlers declares a huma operation that another package
// registers on a logout route.
package handlers

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type Handlers struct{}

type Input struct {
	Token string `header:"Authorization"`
}

type Output struct {
	SetCookie []http.Cookie `header:"Set-Cookie"`
}

func (h *Handlers) End(ctx context.Context, in *Input) (*Output, error) { // want End:`handler\(session\(\)\)`
	if in.Token == "" {
		return nil, huma.Error401Unauthorized("no token")
	}
	return &Output{SetCookie: []http.Cookie{{Name: "session", MaxAge: -1}}}, nil
}
