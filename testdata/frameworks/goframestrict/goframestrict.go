// Package goframestrict pins down goframe's strict handlers: methods
// func(ctx context.Context, req *XReq) (*XRes, error) whose XReq embeds
// g.Meta, reaching the session through g.RequestFromCtx.
package goframestrict

import (
	"context"

	"github.com/gogf/gf/v2/errors/gcode"
	"github.com/gogf/gf/v2/errors/gerror"
	"github.com/gogf/gf/v2/frame/g"

	v1 "example.com/fixtures/frameworks/goframestrict/api/v1"
)

type Controller struct{}

func (c *Controller) Login(ctx context.Context, req *v1.LoginReq) (res *v1.LoginRes, err error) { // want Login:`handler\(session\(\), goframe session\)`
	err = g.RequestFromCtx(ctx).Session.Set("uid", req.Passport)
	return
}

// RemoveAll leaves the ID valid, the empty record written back.
func (c *Controller) SignOut(ctx context.Context, req *v1.SignOutReq) (res *v1.SignOutRes, err error) { // want `logout handler SignOut \(name matches "sign out"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid`
	err = g.RequestFromCtx(ctx).Session.RemoveAll()
	return
}

func (c *Controller) Logout(ctx context.Context, req *v1.LogoutReq) (*v1.LogoutRes, error) {
	r := g.RequestFromCtx(ctx)
	if ok, _ := r.Session.Contains("uid"); !ok {
		return nil, gerror.NewCode(gcode.CodeNotAuthorized)
	}
	if _, err := r.Session.RegenerateId(true); err != nil {
		return nil, gerror.WrapCode(gcode.CodeInternalError, err)
	}
	return &v1.LogoutRes{}, nil
}

// The request type embeds g.Meta through Base.
func (c *Controller) LogOff(ctx context.Context, req *v1.LeaveReq) (res *v1.LeaveRes, err error) { // want `logout handler LogOff \(name matches "log off"\) leaves the session valid on the server: nothing invalidates it \(remove the values with RemoveAll and rotate the ID away with RegenerateId\(true\)\)`
	return &v1.LeaveRes{}, nil
}

// Not a handler: PlainReq embeds no g.Meta.
func Logout(ctx context.Context, req *v1.PlainReq) error {
	return nil
}
