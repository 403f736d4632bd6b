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
