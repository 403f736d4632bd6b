// Package echohandlers logs out with echo-contrib sessions whose store is
// built in another package (main): seen from here the store is unknown,
// and a saved negative MaxAge is trusted to delete the record.
package echohandlers

import (
	"net/http"

	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

// Logout is clean here; main, which builds a cookie store, reports it.
func Logout(c echo.Context) error { // want Logout:`handler\(session\(mark,marksaved,saved\), store unknown, gorilla/sessions, judged\)`
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

// LogoutValues is reported here, with a hint that cannot name the store;
// main, which builds a cookie store, reports what that store makes of it.
func LogoutValues(c echo.Context) error { // want `logout handler LogoutValues \(name matches "logout"\) leaves the session valid on the server: it only removes session values.*if its store keeps sessions on the server; a cookie store cannot revoke them\); no suggested fix: the session store is built out of sight` LogoutValues:`handler\(session\(clearpending,cleared,saved\), store unknown, gorilla/sessions, judged\)`
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

// LogoutFactory returns the logout handler (the wireguard-ui shape): the
// closure is judged here, clean with the store unknown, and its fact lets
// main, which builds a cookie store, judge it where it registers
// LogoutFactory().
func LogoutFactory() echo.HandlerFunc { // want LogoutFactory:`handler\(session\(mark,marksaved,clearpending,cleared,saved\), store unknown, gorilla/sessions, judged, returned\)`
	return func(c echo.Context) error {
		sess, _ := session.Get("session", c)
		sess.Values["username"] = ""
		sess.Options.MaxAge = -1
		sess.Save(c.Request(), c.Response())
		return c.Redirect(http.StatusTemporaryRedirect, "/login")
	}
}

// End's closure is no candidate here (nothing names it a logout); main
// registers it on a logout route.
func End(name string) echo.HandlerFunc { // want End:`handler\(session\(mark,marksaved,saved\), store unknown, gorilla/sessions, returned\)`
	return func(c echo.Context) error {
		sess, err := session.Get(name, c)
		if err != nil {
			return err
		}
		sess.Options.MaxAge = -1
		if err := sess.Save(c.Request(), c.Response()); err != nil {
			return err
		}
		return c.NoContent(http.StatusOK)
	}
}

// LogoutEither returns one of two handlers: which one a route gets is not
// seen, so it exports nothing.
func LogoutEither(redirect bool) echo.HandlerFunc {
	if redirect {
		return func(c echo.Context) error { // want `logout handler LogoutEither \(returned by LogoutEither, which matches "logout"\) leaves the session valid on the server: nothing invalidates it`
			return c.Redirect(http.StatusSeeOther, "/")
		}
	}
	return func(c echo.Context) error { // want `logout handler LogoutEither \(returned by LogoutEither, which matches "logout"\) leaves the session valid on the server: nothing invalidates it`
		return c.NoContent(http.StatusOK)
	}
}

// WipeUser's closure only removes the user from the session.
func WipeUser() echo.HandlerFunc { // want WipeUser:`handler\(session\(clearpending,cleared,saved\), store unknown, gorilla/sessions, returned\)`
	return func(c echo.Context) error {
		sess, _ := session.Get("session", c)
		delete(sess.Values, "user")
		return sess.Save(c.Request(), c.Response())
	}
}

// Bye holds no session: a logout route elsewhere gets nothing done.
func Bye(c echo.Context) error { // want Bye:`handler\(session\(\), gorilla/sessions\)`
	return c.Redirect(http.StatusSeeOther, "/")
}

// LogoutValuesFactory's closure is reported here; main, which registers
// LogoutValuesFactory(), adds nothing: one finding for one handler.
func LogoutValuesFactory() echo.HandlerFunc { // want LogoutValuesFactory:`handler\(session\(clearpending,cleared,saved\), store unknown, gorilla/sessions, judged, returned\)`
	return func(c echo.Context) error { // want `returned by LogoutValuesFactory.*it only removes session values`
		sess, _ := session.Get("session", c)
		delete(sess.Values, "user")
		sess.Save(c.Request(), c.Response())
		return c.Redirect(http.StatusSeeOther, "/")
	}
}
