// Package beegov1 pins down beego v1 controllers: the controller methods
// routed by beego.Router with and without a mapping, and function
// handlers on beego.Get.
package beegov1

import (
	"net/http"

	"github.com/astaxie/beego"
	"github.com/astaxie/beego/context"
)

// LogoutController answers GET /logout with Get, which its name makes a
// logout.
type LogoutController struct {
	beego.Controller
}

func (c *LogoutController) Get() { // want Get:`session\(kill\)`
	c.DestroySession()
	c.Redirect("/", http.StatusFound)
}

type LeakyLogoutController struct {
	beego.Controller
}

func (c *LeakyLogoutController) Get() { // want `logout handler LeakyLogoutController.Get \(name matches "logout"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid \(call DestroySession on the controller\)` Get:`session\(cleared\)`
	c.DelSession("uid")
	c.Redirect("/", http.StatusFound)
}

type AuthController struct {
	beego.Controller
}

func (c *AuthController) Bye() { // want `logout handler Bye \(registered on route "POST /session/logout"\) leaves the session valid on the server: nothing invalidates it`
	c.Data["json"] = map[string]string{"status": "bye"}
	c.ServeJSON()
}

func (c *AuthController) Rotate() { // want Rotate:`session\(kill\)`
	c.SessionRegenerateID()
	c.Redirect("/", http.StatusFound)
}

func init() {
	beego.Router("/logout", &LogoutController{})
	beego.Router("/signout", &LeakyLogoutController{})
	beego.Router("/session/logout", &AuthController{}, "post:Bye;get:Rotate")
	beego.Get("/sso/logout", func(ctx *context.Context) { // want `logout handler func literal \(registered on route "/sso/logout"\) leaves the session valid on the server: nothing invalidates it`
		ctx.Redirect(http.StatusFound, "/")
	})
}
