// Package gin is a stub of github.com/gin-gonic/gin v1.12.0 for the GOPATH
// vendoring test: the declarations the fixtures use, with the real
// signatures. IRoutes lists only the methods used.
package gin

import "net/http"

type HandlerFunc func(*Context)

type OptionFunc func(*Engine)

type HandlersChain []HandlerFunc

type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
}

type RouterGroup struct {
	Handlers HandlersChain
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

type Engine struct {
	RouterGroup
}

func New(opts ...OptionFunc) *Engine { return &Engine{} }

type Error struct {
	Err error
}

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) AbortWithError(code int, err error) *Error { return &Error{Err: err} }

func (c *Context) Query(key string) (value string) { return "" }

func (c *Context) String(code int, format string, values ...any) {}

func (c *Context) Redirect(code int, location string) {}
