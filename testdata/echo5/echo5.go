// Package echo5 pins down echo v5 handlers (func(*echo.Context) error),
// with scs as the session library.
package echo5

import (
	"errors"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/labstack/echo/v5"
)

type App struct {
	Sessions *scs.SessionManager
}

func (a *App) audit(c *echo.Context) error { return nil }

// The classic mistake: only a "logged out" page.
func (a *App) Logout(c *echo.Context) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	return c.Render(http.StatusOK, "logout.html", nil)
}

func (a *App) LogoutDestroy(c *echo.Context) error {
	if err := a.Sessions.Destroy(c.Request().Context()); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "logout failed")
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

// The Let's Go idiom.
func (a *App) LogoutRenew(c *echo.Context) error {
	ctx := c.Request().Context()
	if err := a.Sessions.RenewToken(ctx); err != nil {
		return err
	}
	a.Sessions.Remove(ctx, "authenticatedUserID")
	return c.Redirect(http.StatusSeeOther, "/")
}

func (a *App) LogoutRemove(c *echo.Context) error { // want `LogoutRemove .* it only removes session values, so the session ID stays valid \(call \(\*scs.SessionManager\).Destroy\)`
	a.Sessions.Remove(c.Request().Context(), "authenticatedUserID")
	return c.NoContent(http.StatusNoContent)
}

func (a *App) LogoutCookie(c *echo.Context) error { // want `LogoutCookie .* it only expires the cookie in the browser`
	c.SetCookie(&http.Cookie{Name: "session", Value: "", Path: "/", MaxAge: -1})
	return c.Redirect(http.StatusSeeOther, "/")
}

// Destroy only when the audit write failed.
func (a *App) LogoutAudit(c *echo.Context) error { // want `LogoutAudit .* only on an error or early-return path`
	if err := a.audit(c); err != nil {
		a.Sessions.Destroy(c.Request().Context())
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

var errNoSession = errors.New("no session")

// Early returns with an error are not the logout path.
func (a *App) SignOut(c *echo.Context) error {
	if !a.Sessions.Exists(c.Request().Context(), "authenticatedUserID") {
		return errNoSession
	}
	return a.Sessions.Destroy(c.Request().Context())
}

func (a *App) Login(c *echo.Context) error { // want Login:`handler\(session\(\), scs\)`
	a.Sessions.Put(c.Request().Context(), "authenticatedUserID", 1)
	return nil
}
