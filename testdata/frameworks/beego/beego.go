// Package beego pins down beego v2 controllers and function handlers: the
// controller methods routed by web.Router with and without a mapping, by
// web.CtrlGet, and function handlers on web.Get.
package beego

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
	beecontext "github.com/beego/beego/v2/server/web/context"
)

// LogoutController answers GET /logout with Get, which its name makes a
// logout.
type LogoutController struct {
	web.Controller
}

func (c *LogoutController) Get() { // want Get:`session\(kill\)`
	c.DestroySession()
	c.Redirect("/", http.StatusFound)
}

type LeakyLogoutController struct {
	web.Controller
}

func (c *LeakyLogoutController) Get() { // want `logout handler LeakyLogoutController.Get \(name matches "logout"\) leaves the session valid on the server: it only expires the cookie in the browser` Get:`session\(client\)`
	c.Ctx.SetCookie("beegosessionID", "", -1)
	c.Redirect("/", http.StatusFound)
}

// A base controller of the app's own, embedding beego's.
type BaseController struct {
	web.Controller
}

type AuthController struct {
	BaseController
}

func (c *AuthController) Login() { // want Login:`handler\(session\(\), beego session\)`
	c.SetSession("uid", c.GetString("uid"))
	c.Redirect("/", http.StatusFound)
}

func (c *AuthController) SignOut() {
	if err := c.DestroySession(); err != nil {
		c.CustomAbort(http.StatusInternalServerError, err.Error())
		return
	}
	c.Redirect("/", http.StatusFound)
}

func (c *AuthController) Leave() { // want `logout handler Leave \(registered on route "GET /auth/logoff"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid \(call DestroySession on the controller\)` Leave:`session\(cleared\)`
	c.DelSession("uid")
	c.Redirect("/", http.StatusFound)
}

func (c *AuthController) Bye() { // want `logout handler Bye \(registered on route "POST /session/logout"`
	c.Data["json"] = map[string]string{"status": "bye"}
	c.ServeJSON()
}

func (c *AuthController) Rotate() { // want Rotate:`session\(kill\)`
	c.SessionRegenerateID()
	c.Redirect("/", http.StatusFound)
}

// Exit is routed by no route: it is not a logout.
func (c *AuthController) Exit() { // want Exit:`handler\(session\(\), beego session\)`
	c.Redirect("/", http.StatusFound)
}

func init() {
	web.Router("/logout", &LogoutController{})
	web.Router("/signout", &LeakyLogoutController{})
	web.Router("/login", &AuthController{}, "post:Login")
	web.Router("/auth/logoff", &AuthController{}, "get:Leave")
	web.Router("/session/logout", &AuthController{}, "post,delete:Bye;get:SignOut")
	web.Router("/exit", &AuthController{}, "*:Exit")
	web.CtrlGet("/api/logout", (*AuthController).Rotate)
	web.Get("/sso/logout", func(ctx *beecontext.Context) { // want `logout handler func literal \(registered on route "/sso/logout"\) leaves the session valid on the server: nothing invalidates it`
		ctx.Redirect(http.StatusFound, "/")
	})
}
