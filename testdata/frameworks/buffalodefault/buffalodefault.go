// want package:`stores\(cookie\)`

// Package buffalodefault pins down buffalo's default session store: an
// App whose Options leave SessionStore out keeps its sessions in a
// gorilla CookieStore, so neither Clear nor a negative MaxAge, saved,
// revokes a replayed cookie.
package buffalodefault

import (
	"net/http"

	"github.com/gobuffalo/buffalo"
)

var app *buffalo.App

func App() *buffalo.App {
	if app == nil {
		app = buffalo.New(buffalo.Options{Env: "development", SessionName: "_coke_session"})
		app.DELETE("/signout", AuthDestroy)
		app.POST("/login", login)
	}
	return app
}

func login(c buffalo.Context) error { // want login:`session\(saved\)`
	c.Session().Set("current_user_id", c.Param("uid"))
	return c.Redirect(http.StatusFound, "/")
}

// The buffalo auth generator's AuthDestroy: the new cookie is empty, the
// old one still signs the user in.
func AuthDestroy(c buffalo.Context) error { // want `logout handler AuthDestroy \(registered on route "/signout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)` AuthDestroy:`session\(clearpending,cleared,saved\)`
	c.Session().Clear()
	c.Flash().Add("success", "You have been logged out!")
	return c.Redirect(http.StatusFound, "/")
}

func Logout(c buffalo.Context) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store`
	c.Session().Session.Options.MaxAge = -1
	if err := c.Session().Save(); err != nil {
		return c.Error(http.StatusInternalServerError, err)
	}
	return c.Redirect(http.StatusFound, "/")
}
