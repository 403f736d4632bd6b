// want package:`stores\(server\)`

// Package buffalo pins down buffalo handlers, routes and groups, with its
// sessions on a server-side gorilla store: a negative MaxAge saved deletes
// the record, Clear saved by Redirect only wipes the values.
package buffalo

import (
	"errors"
	"net/http"
	"os"

	"github.com/gobuffalo/buffalo"
	"github.com/gobuffalo/buffalo/render"
	"github.com/gorilla/sessions"
)

func App() *buffalo.App {
	app := buffalo.New(buffalo.Options{
		SessionStore: sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_SECRET"))),
		SessionName:  "_app_session",
	})
	app.POST("/login", login)
	app.GET("/logout", bye)
	app.DELETE("/signout", properly)
	auth := app.Group("/auth")
	auth.DELETE("/logoff", leave)
	auth.POST("/log-out", forget)
	auth.GET("/catalog/output", login)
	app.ANY("/sso/logout", func(c buffalo.Context) error { // want `logout handler func literal \(registered on route "/sso/logout"\) leaves the session valid on the server: nothing invalidates it`
		return c.Redirect(http.StatusFound, "/")
	})
	return app
}

func login(c buffalo.Context) error { // want login:`session\(saved\)`
	c.Session().Set("uid", c.Param("uid"))
	return c.Redirect(http.StatusFound, "/")
}

// bye answers with a page and touches no session.
func bye(c buffalo.Context) error { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it` bye:`session\(saved\)`
	return c.Render(http.StatusOK, render.String("bye"))
}

// The buffalo auth generator's AuthDestroy: Clear, saved by Redirect,
// leaves an empty record under the same ID.
func leave(c buffalo.Context) error { // want `logout handler leave \(registered on route "/auth/logoff"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid \(set c.Session\(\).Session.Options.MaxAge = -1 and save the session, with a server-side store\)` leave:`session\(clearpending,cleared,saved\)`
	c.Session().Clear()
	c.Flash().Add("success", "You have been logged out!")
	return c.Redirect(http.StatusFound, "/")
}

// Clear with no save: the record keeps its values.
func forget(c buffalo.Context) error { // want `logout handler forget \(registered on route "/auth/log-out"\) leaves the session valid on the server: the session is marked for deletion or wiped but never saved` forget:`session\(clearpending\)`
	c.Session().Delete("uid")
	c.Response().WriteHeader(http.StatusNoContent)
	return nil
}

// properly expires the session and saves it: the store deletes the record.
func properly(c buffalo.Context) error { // want properly:`session\(mark,marksaved,saved\)`
	if c.Session().Get("uid") == nil {
		return c.Error(http.StatusUnauthorized, errors.New("not signed in"))
	}
	c.Session().Session.Options.MaxAge = -1
	if err := c.Session().Save(); err != nil {
		return c.Error(http.StatusInternalServerError, err)
	}
	return c.Render(http.StatusOK, render.JSON(map[string]string{"status": "bye"}))
}

// Expiring the cookie in the browser only.
func Logout(c buffalo.Context) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: it only expires the cookie in the browser`
	c.Cookies().Delete("_app_session")
	return c.Redirect(http.StatusSeeOther, "/")
}

// SignOut saves the expired session and renders, or answers an error.
func SignOut(c buffalo.Context) error {
	sess := c.Session()
	sess.Session.Options.MaxAge = -1
	if err := sess.Save(); err != nil {
		return c.Render(http.StatusInternalServerError, render.String("could not sign out"))
	}
	return c.Redirect(http.StatusFound, "/")
}
