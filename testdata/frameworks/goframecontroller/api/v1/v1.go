// Package v1 declares the requests and responses of goframecontroller.
package v1

import "github.com/gogf/gf/v2/frame/g"

type SignOutReq struct {
	g.Meta `path:"/user/sign-out" method:"post"`
}

type SignOutRes struct{}

type LogoutReq struct {
	g.Meta `path:"/user/logout" method:"post"`
}

type LogoutRes struct{}

type LogOffReq struct {
	g.Meta `path:"/user/log-off" method:"post"`
}

type LogOffRes struct{}
