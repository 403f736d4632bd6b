// Package goframetagged pins down routes that a request type's tag names:
// goframe's group.Bind registers strict handlers, and the exported
// methods of objects, on the path and method of the g.Meta their request
// struct embeds, under the group's prefix.
package goframetagged

import (
	"context"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

type ByeReq struct {
	g.Meta `path:"/user/logout" method:"post"`
}

type ByeRes struct{}

type EnterReq struct {
	g.Meta `path:"/user/login" method:"post"`
	Name   string
}

type EnterRes struct{}

type QuitReq struct {
	g.Meta `path:"/sign-out"`
}

type QuitRes struct{}

// untaggedReq's g.Meta names no path: no route to match.
type untaggedReq struct {
	g.Meta `method:"post"`
}

type Auth struct{}

func (a *Auth) Bye(ctx context.Context, req *ByeReq) (res *ByeRes, err error) { // want `logout handler Bye \(registered on route "POST /api/user/logout"\) leaves the session valid on the server: it only removes session values` Bye:`session\(cleared\)`
	err = g.RequestFromCtx(ctx).Session.RemoveAll()
	return
}

func (a *Auth) Enter(ctx context.Context, req *EnterReq) (res *EnterRes, err error) { // want Enter:`handler\(session\(\), goframe session\)`
	err = g.RequestFromCtx(ctx).Session.Set("uid", req.Name)
	return
}

// quit is bound as a function value.
func quit(ctx context.Context, req *QuitReq) (res *QuitRes, err error) { // want `logout handler quit \(registered on route "/api/sign-out"\) leaves the session valid on the server: nothing invalidates it`
	return &QuitRes{}, nil
}

// rotate is routed by a tag, and clean.
func rotate(ctx context.Context, req *ByeReq) (res *ByeRes, err error) { // want rotate:`session\(kill\)`
	_, err = g.RequestFromCtx(ctx).Session.RegenerateId(true)
	return
}

func untagged(ctx context.Context, req *untaggedReq) (res *ByeRes, err error) {
	return nil, nil
}

func Routes() {
	s := g.Server()
	s.Group("/api", func(group *ghttp.RouterGroup) {
		group.Bind(new(Auth), quit, untagged)
		group.Bind(rotate)
	})
	s.Run()
}
