// Package revel pins down revel controllers: methods returning a
// revel.Result on a type embedding *revel.Controller are actions, with or
// without parameters, and are logout-like by name (routes live in
// conf/routes, which is not read). Methods with other results are not
// actions.
package revel

import (
	"net/http"

	"github.com/revel/revel"
)

type App struct {
	*revel.Controller
}

func (c App) Index() revel.Result { // want Index:`handler\(session\(\)\)`
	return c.Render()
}

func (c App) Logout() revel.Result { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	return c.Redirect(App.Index)
}

func (c App) SignOut(next string) revel.Result { // want `logout handler SignOut \(name matches "sign out"\) leaves the session valid on the server: it only expires the cookie in the browser`
	c.SetCookie(&http.Cookie{Name: "REVEL_SESSION", MaxAge: -1})
	return c.Redirect(next)
}

// Not an action: its result is no revel.Result.
func (c App) logoutURL() string {
	return "/logout"
}

// Not an action either: a helper with the controller's receiver.
func (c App) LogoutUser(id int) bool {
	return id > 0
}

// A base controller of the app's own, embedding revel's.
type Base struct {
	*revel.Controller
}

type Auth struct {
	Base
}

// An error answer is no normal path: the one normal path redirects.
func (c *Auth) LogOff() revel.Result { // want `logout handler LogOff \(name matches "log off"\) leaves the session valid on the server: nothing invalidates it`
	if c.Request.Method != http.MethodPost {
		return c.Forbidden("method %s", c.Request.Method)
	}
	return c.Redirect("/")
}

// Clean: not logout-like.
func (c *Auth) Login(user, password string) revel.Result { // want Login:`handler\(session\(\)\)`
	if user == "" {
		return c.NotFound("no user")
	}
	return c.Redirect("/")
}
