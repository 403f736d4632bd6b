// Package flamego is a stub of flamego for the fixtures.
package flamego

import "net/http"

// Handler is any function: its arguments are injected.
type Handler interface{}

// Params are the values bound from the request path.
type Params map[string]string

// Context is the request's context, injected into handlers.
type Context interface {
	ResponseWriter() ResponseWriter
	Request() *Request
	URLPath(name string, pairs ...string) string
	Next()
	RemoteAddr() string
	Redirect(location string, status ...int)
	Params() Params
	Param(name string) string
	Query(name string, defaultVal ...string) string
	SetCookie(cookie http.Cookie)
	Cookie(name string) string
}

// BeforeFunc runs before the response is written.
type BeforeFunc func(ResponseWriter)

// ResponseWriter is the response, with what has been written.
type ResponseWriter interface {
	http.ResponseWriter
	http.Flusher
	http.Pusher
	Status() int
	Written() bool
	Size() int
	Before(BeforeFunc)
}

// Request is the request.
type Request struct {
	*http.Request
}

// Render writes encoded values.
type Render interface {
	JSON(status int, v interface{})
	XML(status int, v interface{})
	Binary(status int, v []byte)
	PlainText(status int, s string)
}

// RenderOptions configure Renderer.
type RenderOptions struct {
	Charset string
}

// Renderer returns the middleware that injects a Render.
func Renderer(opts ...RenderOptions) Handler {
	return func(c Context) { c.Next() }
}
