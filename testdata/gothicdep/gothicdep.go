// Package gothicdep imports gothic, whose package keeps a cookie store for
// OAuth state. That store is the dependency's own, not the app's: the
// app's session store stays unknown here, and a saved negative MaxAge is
// trusted to delete the record.
package gothicdep

import (
	"net/http"

	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"github.com/markbates/goth/gothic"
)

// Login starts the OAuth flow.
func Login(c echo.Context) error { // want Login:`handler\(session\(\), gorilla/sessions\)`
	gothic.BeginAuthHandler(c.Response(), c.Request())
	return nil
}

func Logout(c echo.Context) error { // want Logout:`handler\(session\(mark,marksaved,saved\), store unknown, gorilla/sessions, judged\)`
	sess, err := session.Get("app", c)
	if err != nil {
		return err
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}
