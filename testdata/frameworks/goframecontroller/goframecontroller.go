// Package goframecontroller pins down goframe controllers that import
// neither ghttp nor g: their strict handlers take the request types of
// the api package, which embed g.Meta, and leave the session to a
// service package.
package goframecontroller

import (
	"context"

	v1 "example.com/fixtures/frameworks/goframecontroller/api/v1"
	"example.com/fixtures/frameworks/goframecontroller/service"
)

type ControllerV1 struct{}

func (c *ControllerV1) SignOut(ctx context.Context, req *v1.SignOutReq) (res *v1.SignOutRes, err error) { // want `logout handler SignOut \(name matches "sign out"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid` SignOut:`handler\(session\(cleared\), store unknown, judged\)`
	err = service.SignOut(ctx)
	return
}

func (c *ControllerV1) Logout(ctx context.Context, req *v1.LogoutReq) (res *v1.LogoutRes, err error) {
	err = service.Rotate(ctx)
	return
}

func (c *ControllerV1) LogOff(ctx context.Context, req *v1.LogOffReq) (res *v1.LogOffRes, err error) { // want `logout handler LogOff \(name matches "log off"\) leaves the session valid on the server: nothing invalidates it`
	return &v1.LogOffRes{}, nil
}
