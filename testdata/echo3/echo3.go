// want package:`stores\(server\)`

// Package echo3 logs out with echo v3 (github.com/labstack/echo, before
// modules: the same Context and route methods as v4), reading gorilla
// sessions from a server-side store.
package echo3

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo"
)

var store = sessions.NewFilesystemStore("", []byte("secret"))

func Logout(c echo.Context) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: it only removes session values`
	sess, err := store.Get(c.Request(), "app")
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error())
	}
	sess.Values["uid"] = ""
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

// SignOut deletes the session record: clean.
func SignOut(c echo.Context) error {
	sess, err := store.Get(c.Request(), "app")
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error())
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

// LogoutCookie only expires the cookie in the browser.
func LogoutCookie(c echo.Context) error { // want `it only expires the cookie in the browser`
	c.SetCookie(&http.Cookie{Name: "app", MaxAge: -1})
	return c.NoContent(http.StatusNoContent)
}

func bye(c echo.Context) error { // want `logout handler bye \(registered on route "/account/logout"\) leaves the session valid on the server: nothing invalidates it`
	return c.String(http.StatusOK, "bye")
}

// home is not a logout handler.
func home(c echo.Context) error {
	return c.String(http.StatusOK, "home")
}

func Routes(e *echo.Echo) {
	e.GET("/", home)
	g := e.Group("/account")
	g.POST("/logout", bye)
}
