// Package ghttp is a stub of gf's ghttp package for the fixtures.
package ghttp

import (
	"context"
	"net/http"
	"time"

	"github.com/gogf/gf/v2/container/gvar"
	"github.com/gogf/gf/v2/net/ghttp/internal/response"
	"github.com/gogf/gf/v2/os/gsession"
)

// HandlerFunc is a request handler.
type HandlerFunc = func(r *Request)

// Server is an HTTP server.
type Server struct {
	name string
}

// GetServer returns the server of that name.
func GetServer(name ...any) *Server { return &Server{} }

// BindHandler registers handler on pattern: a func(*Request), or a
// func(context.Context, *Req) (*Res, error).
func (s *Server) BindHandler(pattern string, handler any) {}

// BindObject registers the methods of object under pattern.
func (s *Server) BindObject(pattern string, object any, method ...string) {}

// Group returns a group of routes under prefix, given to groups.
func (s *Server) Group(prefix string, groups ...func(group *RouterGroup)) *RouterGroup {
	g := &RouterGroup{server: s, prefix: prefix}
	for _, f := range groups {
		f(g)
	}
	return g
}

// Use adds middleware.
func (s *Server) Use(handlers ...HandlerFunc) {}

// SetPort sets the listening ports.
func (s *Server) SetPort(port ...int) {}

// SetSessionStorage sets the session storage.
func (s *Server) SetSessionStorage(storage gsession.Storage) {}

// GetSessionIdName returns the name of the session ID cookie and header.
func (s *Server) GetSessionIdName() string { return "gfsessionid" }

// Run serves.
func (s *Server) Run() {}

// RouterGroup is a group of routes.
type RouterGroup struct {
	server *Server
	prefix string
}

// Group returns a nested group under prefix.
func (g *RouterGroup) Group(prefix string, groups ...func(group *RouterGroup)) *RouterGroup {
	n := &RouterGroup{server: g.server, prefix: g.prefix + prefix}
	for _, f := range groups {
		f(n)
	}
	return n
}

// Bind registers handlers and objects whose request types name their routes.
func (g *RouterGroup) Bind(handlerOrObject ...any) *RouterGroup { return g }

// Middleware adds middleware to the group.
func (g *RouterGroup) Middleware(handlers ...HandlerFunc) *RouterGroup { return g }

// ALL registers object for every method on pattern.
func (g *RouterGroup) ALL(pattern string, object any, params ...any) *RouterGroup { return g }

// GET registers object for GET pattern.
func (g *RouterGroup) GET(pattern string, object any, params ...any) *RouterGroup { return g }

// PUT registers object for PUT pattern.
func (g *RouterGroup) PUT(pattern string, object any, params ...any) *RouterGroup { return g }

// POST registers object for POST pattern.
func (g *RouterGroup) POST(pattern string, object any, params ...any) *RouterGroup { return g }

// DELETE registers object for DELETE pattern.
func (g *RouterGroup) DELETE(pattern string, object any, params ...any) *RouterGroup { return g }

// Request is the context of one request.
type Request struct {
	*http.Request
	Server   *Server
	Cookie   *Cookie
	Session  *gsession.Session
	Response *Response
}

type ctxKey struct{}

// RequestFromCtx returns the Request ctx carries.
func RequestFromCtx(ctx context.Context) *Request {
	r, _ := ctx.Value(ctxKey{}).(*Request)
	return r
}

// Context returns the request's context.
func (r *Request) Context() context.Context {
	return context.WithValue(r.Request.Context(), ctxKey{}, r)
}

// GetCtx returns the request's context.
func (r *Request) GetCtx() context.Context { return r.Context() }

// Get returns a parameter.
func (r *Request) Get(key string, def ...any) *gvar.Var { return gvar.New(r.FormValue(key)) }

// GetSessionId returns the session ID from the cookie or header.
func (r *Request) GetSessionId() string { return r.Cookie.GetSessionId() }

type exit struct{}

// Exit stops the current handler.
func (r *Request) Exit() { panic(exit{}) }

// ExitAll stops the current and following handlers.
func (r *Request) ExitAll() { panic(exit{}) }

// Response writes the answer.
type Response struct {
	*response.BufferWriter
	Server  *Server
	Request *Request
}

// Write writes content.
func (r *Response) Write(content ...any) {}

// WriteExit writes content and exits.
func (r *Response) WriteExit(content ...any) { r.Request.Exit() }

// WriteJson writes content as JSON.
func (r *Response) WriteJson(content any) {}

// WriteJsonExit writes content as JSON and exits.
func (r *Response) WriteJsonExit(content any) { r.Request.Exit() }

// WriteStatus writes status and content.
func (r *Response) WriteStatus(status int, content ...any) {}

// WriteStatusExit writes status and content, and exits.
func (r *Response) WriteStatusExit(status int, content ...any) { r.Request.Exit() }

// RedirectTo redirects to location and exits.
func (r *Response) RedirectTo(location string, code ...int) { r.Request.Exit() }

// Cookie holds the request's cookies and those of the answer.
type Cookie struct {
	request *Request
}

// CookieOptions are a cookie's attributes.
type CookieOptions struct {
	SameSite http.SameSite
	Secure   bool
	HttpOnly bool
}

// Get returns a cookie's value.
func (c *Cookie) Get(key string, def ...string) *gvar.Var { return gvar.New(nil) }

// Set sets a cookie.
func (c *Cookie) Set(key, value string) {}

// SetCookie sets a cookie with its attributes.
func (c *Cookie) SetCookie(key, value, domain, path string, maxAge time.Duration, options ...CookieOptions) {
}

// GetSessionId returns the session ID cookie's value.
func (c *Cookie) GetSessionId() string { return c.Get("gfsessionid").String() }

// SetSessionId sets the session ID cookie.
func (c *Cookie) SetSessionId(id string) {}

// Remove expires a cookie.
func (c *Cookie) Remove(key string) {}

// RemoveCookie expires a cookie of that domain and path.
func (c *Cookie) RemoveCookie(key, domain, path string) {}
