// want package:`remember\(accepted remember, issued remember by beego.AuthController.Login\)`

// Package beego checks a remember-me cookie that beego signs: the
// credential is the signed cookie itself, so no logout can revoke it on
// the server (only a token the server keeps could be).
package beego

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
)

const secret = "s3cret"

// BaseController signs the user back in from the remember-me cookie.
type BaseController struct {
	web.Controller
}

func (c *BaseController) Prepare() { // want Prepare:`handler\(session\(\), beego session\)`
	if c.GetSession("uid") == nil {
		if uid, ok := c.GetSecureCookie(secret, "remember"); ok {
			c.SetSession("uid", uid)
		}
	}
}

type AuthController struct {
	BaseController
}

func (c *AuthController) Login() { // want Login:`handler\(session\(\), beego session\)`
	uid := c.GetString("uid")
	c.SetSession("uid", uid)
	if c.GetString("remember") == "on" {
		c.SetSecureCookie(secret, "remember", uid, 30*24*3600, "/")
	}
	c.Redirect("/", http.StatusFound)
}

type LogoutController struct {
	BaseController
}

func (c *LogoutController) Get() { // want `logout handler LogoutController.Get \(name matches "logout"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie "remember" set by AuthController.Login still signs the user back in` Get:`session\(kill,client\)`
	c.DestroySession()
	c.Ctx.SetCookie("remember", "", -1, "/")
	c.Redirect("/", http.StatusFound)
}

func init() {
	web.Router("/login", &AuthController{}, "post:Login")
	web.Router("/logout", &LogoutController{})
}
