// Package context is a stub of beego's context package for the fixtures.
package context

import (
	"net/http"

	"github.com/beego/beego/v2/server/web/session"
)

// Context is the request's context.
type Context struct {
	Input          *BeegoInput
	Output         *BeegoOutput
	Request        *http.Request
	ResponseWriter *Response
}

// Response wraps the response writer.
type Response struct {
	http.ResponseWriter
	Started bool
	Status  int
}

// BeegoInput is the request side.
type BeegoInput struct {
	Context    *Context
	CruSession session.Store
}

// BeegoOutput is the response side.
type BeegoOutput struct {
	Context *Context
	Status  int
}

// Cookie sets a cookie.
func (output *BeegoOutput) Cookie(name string, value string, others ...interface{}) {}

// Redirect answers with a redirect.
func (ctx *Context) Redirect(status int, localurl string) {}

// Abort answers with status and body.
func (ctx *Context) Abort(status int, body string) {}

// WriteString writes the body.
func (ctx *Context) WriteString(content string) {}

// GetCookie returns a request cookie's value.
func (ctx *Context) GetCookie(key string) string { return "" }

// SetCookie sets a cookie.
func (ctx *Context) SetCookie(name string, value string, others ...interface{}) {}

// GetSecureCookie returns the value of a signed request cookie and
// whether its signature holds.
func (ctx *Context) GetSecureCookie(Secret, key string) (string, bool) { return "", false }

// SetSecureCookie sets a signed cookie.
func (ctx *Context) SetSecureCookie(Secret, name, value string, others ...interface{}) {}

// Cookie returns a request cookie's value.
func (input *BeegoInput) Cookie(key string) string { return "" }
