// Package buffalo is a stub of buffalo for the fixtures.
package buffalo

import (
	"context"
	"net/http"
	"time"

	"github.com/gobuffalo/buffalo/render"
	"github.com/gorilla/sessions"
)

// Handler answers a request.
type Handler func(Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(Handler) Handler

// Context is what a handler is given.
type Context interface {
	context.Context
	Response() http.ResponseWriter
	Request() *http.Request
	Session() *Session
	Cookies() *Cookies
	Params() ParamValues
	Param(string) string
	Set(string, any)
	LogField(string, any)
	LogFields(map[string]any)
	Bind(any) error
	Render(int, render.Renderer) error
	Error(int, error) error
	Redirect(int, string, ...any) error
	Data() map[string]any
	Flash() *Flash
}

// ParamValues holds the request's parameters.
type ParamValues interface {
	Get(string) string
}

// Options configure an App.
type Options struct {
	Name         string          `json:"name"`
	Addr         string          `json:"addr"`
	Host         string          `json:"host"`
	Env          string          `json:"env"`
	SessionStore sessions.Store  `json:"-"`
	SessionName  string          `json:"session_name"`
	Prefix       string          `json:"prefix"`
	Context      context.Context `json:"-"`
}

// NewOptions returns the default options.
func NewOptions() Options {
	return Options{SessionStore: sessions.NewCookieStore([]byte("stub")), SessionName: "_buffalo_session"}
}

// App is an application.
type App struct {
	Options
}

// New returns an App with opts.
func New(opts Options) *App {
	if opts.SessionStore == nil {
		opts.SessionStore = sessions.NewCookieStore([]byte("stub"))
	}
	return &App{Options: opts}
}

// RouteInfo describes a route.
type RouteInfo struct {
	Method string `json:"method"`
	Path   string `json:"path"`
}

// Name names the route.
func (ri *RouteInfo) Name(name string) *RouteInfo { return ri }

func (a *App) route(method, p string, h Handler) *RouteInfo {
	return &RouteInfo{Method: method, Path: a.Prefix + p}
}

// GET registers h for GET p.
func (a *App) GET(p string, h Handler) *RouteInfo { return a.route(http.MethodGet, p, h) }

// POST registers h for POST p.
func (a *App) POST(p string, h Handler) *RouteInfo { return a.route(http.MethodPost, p, h) }

// PUT registers h for PUT p.
func (a *App) PUT(p string, h Handler) *RouteInfo { return a.route(http.MethodPut, p, h) }

// DELETE registers h for DELETE p.
func (a *App) DELETE(p string, h Handler) *RouteInfo { return a.route(http.MethodDelete, p, h) }

// HEAD registers h for HEAD p.
func (a *App) HEAD(p string, h Handler) *RouteInfo { return a.route(http.MethodHead, p, h) }

// OPTIONS registers h for OPTIONS p.
func (a *App) OPTIONS(p string, h Handler) *RouteInfo { return a.route(http.MethodOptions, p, h) }

// PATCH registers h for PATCH p.
func (a *App) PATCH(p string, h Handler) *RouteInfo { return a.route(http.MethodPatch, p, h) }

// ANY registers h for every method on p.
func (a *App) ANY(p string, h Handler) {}

// Group returns an App whose routes have groupPath as prefix.
func (a *App) Group(groupPath string) *App {
	g := New(a.Options)
	g.Prefix = a.Prefix + groupPath
	return g
}

// Resource is a set of handlers for a kind of thing.
type Resource interface {
	List(Context) error
	Show(Context) error
	Create(Context) error
	Update(Context) error
	Destroy(Context) error
}

// Resource routes r's handlers under p.
func (a *App) Resource(p string, r Resource) *App {
	g := a.Group(p)
	g.GET("/", r.List)
	g.POST("/", r.Create)
	g.GET("/{id}", r.Show)
	g.PUT("/{id}", r.Update)
	g.DELETE("/{id}", r.Destroy)
	return g
}

// Use adds middleware.
func (a *App) Use(mw ...MiddlewareFunc) {}

// Serve serves the application.
func (a *App) Serve() error { return nil }

// Session wraps a gorilla session.
type Session struct {
	Session *sessions.Session
	req     *http.Request
	res     http.ResponseWriter
}

// Save writes the session through its store.
func (s *Session) Save() error { return s.Session.Save(s.req, s.res) }

// Get returns a value of the session.
func (s *Session) Get(name any) any { return s.Session.Values[name] }

// GetOnce returns a value and deletes it.
func (s *Session) GetOnce(name any) any {
	v := s.Get(name)
	s.Delete(name)
	return v
}

// Set stores a value in the session.
func (s *Session) Set(name, value any) { s.Session.Values[name] = value }

// Delete removes a value from the session.
func (s *Session) Delete(name any) { delete(s.Session.Values, name) }

// Clear removes every value from the session.
func (s *Session) Clear() {
	for k := range s.Session.Values {
		delete(s.Session.Values, k)
	}
}

// Cookies reads and writes the request's cookies.
type Cookies struct {
	req *http.Request
	res http.ResponseWriter
}

// Get returns a cookie's value.
func (c *Cookies) Get(name string) (string, error) {
	ck, err := c.req.Cookie(name)
	if err != nil {
		return "", err
	}
	return ck.Value, nil
}

// Set sets a cookie.
func (c *Cookies) Set(name, value string, maxAge time.Duration) {
	http.SetCookie(c.res, &http.Cookie{Name: name, Value: value, MaxAge: int(maxAge.Seconds())})
}

// Delete expires a cookie.
func (c *Cookies) Delete(name string) {
	http.SetCookie(c.res, &http.Cookie{Name: name, MaxAge: -1})
}

// Flash holds messages for the next request.
type Flash struct {
	data map[string][]string
}

// Add adds a message.
func (f Flash) Add(key, value string) { f.data[key] = append(f.data[key], value) }

// Clear removes every message.
func (f *Flash) Clear() { f.data = map[string][]string{} }

// HTTPError is an error with a status.
type HTTPError struct {
	Status int   `json:"status"`
	Cause  error `json:"error"`
}

func (h HTTPError) Error() string {
	if h.Cause != nil {
		return h.Cause.Error()
	}
	return http.StatusText(h.Status)
}
