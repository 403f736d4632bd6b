// want package:`stores\(server\)`

// Package echocontribfs pins down echo v4 with echo-contrib/session on a
// gorilla FilesystemStore, which can delete the session.
package echocontribfs

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func Register(e *echo.Echo) {
	e.Use(session.Middleware(sessions.NewFilesystemStore("", []byte("secret"))))
}

func Logout(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

func SignOut(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return c.String(http.StatusInternalServerError, "no session")
	}
	sess.Options = &sessions.Options{Path: "/", MaxAge: -1}
	sess.Save(c.Request(), c.Response())
	return c.Redirect(http.StatusFound, "/login")
}

func LogoutPage(c echo.Context) error { // want `LogoutPage .* nothing invalidates it`
	return c.HTML(http.StatusOK, "<p>You are logged out.</p>")
}

func LogoutValues(c echo.Context) error { // want `LogoutValues .* it only removes session values, so the session ID stays valid`
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	delete(sess.Values, "user")
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

// Nothing to do without a user; otherwise delete the session.
func LogoutGuarded(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	if _, ok := sess.Values["user"]; !ok {
		return c.Redirect(http.StatusSeeOther, "/login")
	}
	sess.Options.MaxAge = -1
	return sess.Save(c.Request(), c.Response())
}

// A GET confirms; the POST deletes.
func LogoutTwoStep(c echo.Context) error {
	if c.Request().Method == http.MethodGet {
		return c.Render(http.StatusOK, "confirm_logout.html", nil)
	}
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Options.MaxAge = -1
	return sess.Save(c.Request(), c.Response())
}

// The POST branch forgets to delete.
func LogoutTwoStepLeak(c echo.Context) error { // want `LogoutTwoStepLeak .* nothing invalidates it`
	if c.Request().Method == http.MethodGet {
		return c.Render(http.StatusOK, "confirm_logout.html", nil)
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

// A factory: the returned handler is logout-like through its maker.
func LogoutHandler(name string) echo.HandlerFunc {
	return func(c echo.Context) error { // want `logout handler LogoutHandler \(returned by LogoutHandler, which matches "logout"\) leaves the session valid on the server: nothing invalidates it`
		return c.Redirect(http.StatusSeeOther, "/")
	}
}
