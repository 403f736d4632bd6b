// Package v1 declares the requests and responses of goframestrict's
// strict handlers.
package v1

import "github.com/gogf/gf/v2/frame/g"

type LoginReq struct {
	g.Meta   `path:"/user/login" method:"post"`
	Passport string
}

type LoginRes struct{}

type SignOutReq struct {
	g.Meta `path:"/user/sign-out" method:"post"`
}

type SignOutRes struct{}

type LogoutReq struct {
	g.Meta `path:"/user/logout" method:"post"`
}

type LogoutRes struct{}

// Base is embedded by requests of their own.
type Base struct {
	g.Meta `method:"post"`
}

type LeaveReq struct {
	Base
}

type LeaveRes struct{}

// PlainReq embeds no g.Meta: a function taking it is no handler.
type PlainReq struct {
	ID string
}
