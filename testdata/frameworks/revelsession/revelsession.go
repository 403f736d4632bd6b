// Package revelsession pins down revel's session: c.Session is a map kept
// in a signed cookie by revel's cookie engine, so removing its values
// (Del, delete, a new map) leaves a copy of the old cookie valid. A login
// the app keeps on the server, in revel's cache under the session ID, is
// revoked by deleting it there.
package revelsession

import (
	"time"

	"github.com/revel/revel"
	"github.com/revel/revel/cache"
	"github.com/revel/revel/session"
)

type App struct {
	*revel.Controller
}

func (c App) Login(user string) revel.Result { // want Login:`handler\(session\(\), revel session\)`
	c.Session["user"] = user
	cache.Set(c.Session.ID(), user, 30*time.Minute)
	return c.Redirect("/")
}

// The booking sample's logout: every key deleted from the cookie.
func (c App) Logout() revel.Result { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server`
	for k := range c.Session {
		delete(c.Session, k)
	}
	return c.Redirect("/")
}

func (c App) SignOut() revel.Result { // want `logout handler SignOut .* the session lives in a cookie store`
	c.Session.Del("user")
	return c.Redirect("/")
}

func (c App) LogOff() revel.Result { // want `logout handler LogOff .* the session lives in a cookie store`
	c.Session = session.NewSession()
	return c.Redirect("/")
}

func (c App) LogoutNothing() revel.Result { // want `logout handler LogoutNothing .* nothing invalidates it \(keep the login on the server, in revel's cache under c.Session.ID\(\), and delete it there`
	return c.Redirect("/")
}

// Clean: the login kept on the server is deleted.
func (c App) LogoutCache() revel.Result {
	if err := cache.Delete(c.Session.ID()); err != nil {
		return c.RenderError(err)
	}
	for k := range c.Session {
		delete(c.Session, k)
	}
	return c.Redirect("/")
}

// Clean: the app's own table of live sessions, keyed by the ID.
var sessions = map[string]string{}

func (c App) LogoutTable() revel.Result {
	delete(sessions, c.Session.ID())
	c.Session.Del("user")
	return c.Redirect("/")
}
