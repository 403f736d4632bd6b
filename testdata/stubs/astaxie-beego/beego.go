// Package beego is a stub of beego v1 for the fixtures.
package beego

import (
	beecontext "github.com/astaxie/beego/context"
	"github.com/astaxie/beego/session"
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
func (c *Controller) ServeJSON(encoding ...bool) {}

// GetString returns a form value.
func (c *Controller) GetString(key string, def ...string) string { return "" }

// StartSession returns the request's session.
func (c *Controller) StartSession() session.Store { return c.CruSession }

// SetSession stores a value in the session.
func (c *Controller) SetSession(name interface{}, value interface{}) {}

// GetSession reads a value of the session.
func (c *Controller) GetSession(name interface{}) interface{} { return nil }

// DelSession deletes a value of the session.
func (c *Controller) DelSession(name interface{}) {}

// SessionRegenerateID gives the session a new ID.
func (c *Controller) SessionRegenerateID() {}

// DestroySession deletes the session.
func (c *Controller) DestroySession() {}

// App is an application.
type App struct{}

// FilterFunc is a function handler.
type FilterFunc func(*beecontext.Context)

// Router registers a controller on rootpath.
func Router(rootpath string, c ControllerInterface, mappingMethods ...string) *App { return &App{} }

// Get registers f for GET rootpath.
func Get(rootpath string, f FilterFunc) *App { return &App{} }

// Post registers f for POST rootpath.
func Post(rootpath string, f FilterFunc) *App { return &App{} }

// Any registers f for every method on rootpath.
func Any(rootpath string, f FilterFunc) *App { return &App{} }

// Run serves the application.
func Run(params ...string) {}

// GetSecureCookie returns the value of a signed request cookie and
// whether its signature holds.
func (c *Controller) GetSecureCookie(Secret, key string) (string, bool) { return "", false }

// SetSecureCookie sets a signed cookie.
func (c *Controller) SetSecureCookie(Secret, name, value string, others ...interface{}) {}
