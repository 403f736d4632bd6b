// want package:`stores\(server\)`

// Package hertzservice pins down the layout the hz generator writes: per
// route, a handler that builds a service from its (ctx, c) with a
// constructor NewXxxService(ctx, c) *XxxService and runs it. The
// constructor has a handler's parameters but returns a value, which no
// hertz handler does: it is no handler, logout-named or not.
package hertzservice

import (
	"context"
	"log"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/hertz-contrib/sessions"
	"github.com/hertz-contrib/sessions/redis"
)

func Register() *server.Hertz {
	store, err := redis.NewStore(10, "tcp", "localhost:6379", "", []byte("secret"))
	if err != nil {
		log.Fatal(err)
	}
	h := server.Default()
	h.Use(sessions.New("sid", store))
	h.POST("/auth/logout", Logout)
	h.POST("/auth/signout", SignOut)
	return h
}

type LogoutService struct {
	Context        context.Context
	RequestContext *app.RequestContext
}

// Clean: a constructor, not a handler.
func NewLogoutService(ctx context.Context, c *app.RequestContext) *LogoutService {
	return &LogoutService{Context: ctx, RequestContext: c}
}

func (h *LogoutService) Run() error { // want Run:`session\(mark,marksaved,saved\)`
	s := sessions.Default(h.RequestContext)
	s.Options(sessions.Options{MaxAge: -1})
	return s.Save()
}

// Clean: the service it runs deletes the session on the redis store.
func Logout(ctx context.Context, c *app.RequestContext) {
	if err := NewLogoutService(ctx, c).Run(); err != nil {
		c.String(http.StatusInternalServerError, err.Error())
		return
	}
	c.Redirect(http.StatusFound, []byte("/"))
}

type SignOutService struct {
	RequestContext *app.RequestContext
}

// Clean, though the service it builds leaves the session valid: the
// finding is the handler's.
func NewSignOutService(ctx context.Context, c *app.RequestContext) *SignOutService {
	return &SignOutService{RequestContext: c}
}

func (h *SignOutService) Run() error { // want Run:`session\(client\)`
	h.RequestContext.SetCookie("sid", "", -1, "/", "", 0, false, true)
	return nil
}

func SignOut(ctx context.Context, c *app.RequestContext) { // want `logout handler SignOut \(name matches "sign out"\) leaves the session valid on the server: it only expires the cookie in the browser`
	if err := NewSignOutService(ctx, c).Run(); err != nil {
		c.String(http.StatusInternalServerError, err.Error())
		return
	}
	c.Redirect(http.StatusFound, []byte("/"))
}

// Flagged: a hertz function that returns nothing is a handler, registered
// or not.
func LogoutEverywhere(ctx context.Context, c *app.RequestContext) { // want `logout handler LogoutEverywhere \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	c.Redirect(http.StatusFound, []byte("/"))
}
