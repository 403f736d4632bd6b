// want package:`stores\(cookie\)`

// Package echocontrib pins down echo v4 with echo-contrib/session on a
// gorilla CookieStore.
package echocontrib

import (
	"net/http"
	"time"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func NewServer() *echo.Echo {
	e := echo.New()
	e.Use(session.Middleware(sessions.NewCookieStore([]byte("secret"))))
	e.GET("/login", login)
	return e
}

func login(c echo.Context) error { // want login:`session\(saved\)`
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Values["user"] = c.FormValue("user")
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

// The classic mistake: a "you are logged out" page.
func Logout(c echo.Context) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(use a server-side session store and delete the session there\)`
	return c.Render(http.StatusOK, "logged_out.html", nil)
}

func LogoutMaxAge(c echo.Context) error { // want `LogoutMaxAge .* the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)`
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not log out")
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

func SignOut(c echo.Context) error { // want `SignOut .* the session lives in a cookie store`
	sess, _ := session.Get("session", c)
	delete(sess.Values, "user")
	sess.Save(c.Request(), c.Response())
	return c.NoContent(http.StatusNoContent)
}

func LogoutCookie(c echo.Context) error { // want `LogoutCookie .* it only expires the cookie in the browser`
	c.SetCookie(&http.Cookie{Name: "session", Value: "", Path: "/", Expires: time.Unix(0, 0)})
	return c.Redirect(http.StatusSeeOther, "/")
}

func LogoutUnsaved(c echo.Context) error { // want `LogoutUnsaved .* marked for deletion or wiped but never saved`
	sess, _ := session.Get("session", c)
	sess.Options.MaxAge = -1
	return c.String(http.StatusOK, "bye")
}

// A handler assigned to a struct field.
type routes struct {
	login, logout echo.HandlerFunc
}

var r = routes{
	login: login,
	logout: func(c echo.Context) error { // want `logout handler logout \(assigned to logout, which matches "logout"\) leaves the session valid on the server: nothing invalidates it`
		return c.JSON(http.StatusOK, map[string]string{"status": "logged out"})
	},
}
