// Package revel is a stub of revel for the fixtures.
package revel

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/revel/revel/session"
)

// Result is what an action answers with.
type Result interface {
	Apply(req *Request, resp *Response)
}

// ServerCookie is a cookie of the request.
type ServerCookie interface {
	GetValue() string
}

// Request is the request of an action.
type Request struct {
	Method string
	URL    *url.URL
	header http.Header
}

// Cookie returns the request's cookie of that name.
func (req *Request) Cookie(key string) (ServerCookie, error) {
	return nil, http.ErrNoCookie
}

// Response is the response of an action.
type Response struct {
	Status      int
	ContentType string
	header      http.Header
}

// Params are the parameters of the request.
type Params struct {
	url.Values
}

// Flash holds the messages for the next request.
type Flash struct {
	Data, Out map[string]string
}

// Success sets the success message.
func (f Flash) Success(msg string, args ...interface{}) { f.Out["success"] = fmt.Sprintf(msg, args...) }

// Error sets the error message.
func (f Flash) Error(msg string, args ...interface{}) { f.Out["error"] = fmt.Sprintf(msg, args...) }

// Controller is embedded in the application's controllers.
type Controller struct {
	Name       string
	MethodName string
	Action     string
	ClientIP   string

	Request  *Request
	Response *Response
	Result   Result

	Flash    Flash
	Session  session.Session
	Params   *Params
	Args     map[string]interface{}
	ViewArgs map[string]interface{}
}

// textResult answers with a text body.
type textResult struct{ text string }

func (r textResult) Apply(req *Request, resp *Response) {}

// redirectResult answers with a redirect.
type redirectResult struct{ url string }

func (r redirectResult) Apply(req *Request, resp *Response) { resp.Status = http.StatusFound }

// ErrorResult answers with an error page.
type ErrorResult struct {
	ViewArgs map[string]interface{}
	Error    error
}

func (r ErrorResult) Apply(req *Request, resp *Response) {}

func (c *Controller) status(code int) {
	if c.Response.Status == 0 {
		c.Response.Status = code
	}
}

// SetCookie adds a Set-Cookie header to the response.
func (c *Controller) SetCookie(cookie *http.Cookie) {
	c.Response.header.Add("Set-Cookie", cookie.String())
}

// RenderError answers with err.
func (c *Controller) RenderError(err error) Result {
	c.status(http.StatusInternalServerError)
	return ErrorResult{c.ViewArgs, err}
}

// Render renders the action's template.
func (c *Controller) Render(extraViewArgs ...interface{}) Result { return textResult{} }

// RenderJSON answers with o encoded.
func (c *Controller) RenderJSON(o interface{}) Result { return textResult{fmt.Sprint(o)} }

// RenderText answers with a text body.
func (c *Controller) RenderText(text string, objs ...interface{}) Result {
	return textResult{fmt.Sprintf(text, objs...)}
}

// Todo answers 501.
func (c *Controller) Todo() Result {
	c.Response.Status = http.StatusNotImplemented
	return c.RenderError(fmt.Errorf("not implemented"))
}

// NotFound answers 404.
func (c *Controller) NotFound(msg string, objs ...interface{}) Result {
	c.Response.Status = http.StatusNotFound
	return c.RenderError(fmt.Errorf(msg, objs...))
}

// Forbidden answers 403.
func (c *Controller) Forbidden(msg string, objs ...interface{}) Result {
	c.Response.Status = http.StatusForbidden
	return c.RenderError(fmt.Errorf(msg, objs...))
}

// Redirect answers with a redirect to a URL or an action.
func (c *Controller) Redirect(val interface{}, args ...interface{}) Result {
	c.status(http.StatusFound)
	return redirectResult{fmt.Sprint(val)}
}
