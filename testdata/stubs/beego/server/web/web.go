// Package web is a stub of beego's web package for the fixtures.
package web

import (
	beecontext "github.com/beego/beego/v2/server/web/context"
	"github.com/beego/beego/v2/server/web/session"
)

// GlobalSessions is the application's session manager.
var GlobalSessions *session.Manager

// Controller is the base of the application's controllers.
type Controller struct {
	Ctx        *beecontext.Context
	Data       map[interface{}]interface{}
	TplName    string
	CruSession session.Store
}

// ControllerInterface is what every controller implements.
type ControllerInterface interface {
	Init(ct *beecontext.Context, controllerName, actionName string, app interface{})
	Prepare()
	Get()
	Post()
	Delete()
	Put()
	Head()
	Patch()
	Options()
	Trace()
	Finish()
	Render() error
	XSRFToken() string
	CheckXSRFCookie() bool
	HandlerFunc(fn string) bool
	URLMapping()
}

func (c *Controller) Init(ctx *beecontext.Context, controllerName, actionName string, app interface{}) {
	c.Ctx = ctx
}
func (c *Controller) Prepare()                   {}
func (c *Controller) Get()                       {}
func (c *Controller) Post()                      {}
func (c *Controller) Delete()                    {}
func (c *Controller) Put()                       {}
func (c *Controller) Head()                      {}
func (c *Controller) Patch()                     {}
func (c *Controller) Options()                   {}
func (c *Controller) Trace()                     {}
func (c *Controller) Finish()                    {}
func (c *Controller) Render() error              { return nil }
func (c *Controller) XSRFToken() string          { return "" }
func (c *Controller) CheckXSRFCookie() bool      { return true }
func (c *Controller) HandlerFunc(fn string) bool { return false }
func (c *Controller) URLMapping()                {}

// Redirect answers with a redirect.
func (c *Controller) Redirect(url string, code int) {}

// Abort answers with an error page.
func (c *Controller) Abort(code string) {}

// CustomAbort answers with status and body.
func (c *Controller) CustomAbort(status int, body string) {}

// ServeJSON answers with Data["json"].
func (c *Controller) ServeJSON(encoding ...bool) error { return nil }

// GetString returns a form value.
func (c *Controller) GetString(key string, def ...string) string { return "" }

// StartSession returns the request's session.
func (c *Controller) StartSession() session.Store { return c.CruSession }

// SetSession stores a value in the session.
func (c *Controller) SetSession(name interface{}, value interface{}) error { return nil }

// GetSession reads a value of the session.
func (c *Controller) GetSession(name interface{}) interface{} { return nil }

// DelSession deletes a value of the session.
func (c *Controller) DelSession(name interface{}) error { return nil }

// SessionRegenerateID gives the session a new ID.
func (c *Controller) SessionRegenerateID() error { return nil }

// DestroySession deletes the session.
func (c *Controller) DestroySession() error { return nil }

// HttpServer is an application.
type HttpServer struct{}

// HandleFunc is a function handler.
type HandleFunc func(ctx *beecontext.Context)

// Router registers a controller on rootpath.
func Router(rootpath string, c ControllerInterface, mappingMethods ...string) *HttpServer {
	return &HttpServer{}
}

// Router registers a controller on rootPath.
func (app *HttpServer) Router(rootPath string, c ControllerInterface, mappingMethods ...string) *HttpServer {
	return app
}

// Get registers f for GET rootpath.
func Get(rootpath string, f HandleFunc) *HttpServer { return &HttpServer{} }

// Post registers f for POST rootpath.
func Post(rootpath string, f HandleFunc) *HttpServer { return &HttpServer{} }

// Any registers f for every method on rootpath.
func Any(rootpath string, f HandleFunc) *HttpServer { return &HttpServer{} }

// CtrlGet registers a controller method for GET rootpath.
func CtrlGet(rootpath string, f interface{}) {}

// CtrlPost registers a controller method for POST rootpath.
func CtrlPost(rootpath string, f interface{}) {}

// Run serves the application.
func Run(params ...string) {}

// GetSecureCookie returns the value of a signed request cookie and
// whether its signature holds.
func (c *Controller) GetSecureCookie(Secret, key string) (string, bool) { return "", false }

// SetSecureCookie sets a signed cookie.
func (c *Controller) SetSecureCookie(Secret, name, value string, others ...interface{}) {}
