// Package buffalostore pins down buffalo Apps whose store the analysis
// cannot read: one given an Options value, and one whose SessionStore is
// assigned after New. Neither is taken for the default CookieStore.
package buffalostore

import (
	"net/http"

	"github.com/gobuffalo/buffalo"
	"github.com/gorilla/sessions"
)

// Store is a store of a library the analysis does not know.
func Store() sessions.Store { return nil }

func FromOptions(opts buffalo.Options) *buffalo.App {
	app := buffalo.New(opts)
	app.DELETE("/signout", Logout)
	return app
}

func Assigned() *buffalo.App {
	app := buffalo.New(buffalo.Options{Env: "production"})
	app.SessionStore = Store()
	app.DELETE("/signout", Logout)
	return app
}

// Clean: the store decides, and it may delete the record.
func Logout(c buffalo.Context) error { // want Logout:`handler\(session\(mark,marksaved,saved\), store unknown, gorilla/sessions, judged\)`
	c.Session().Session.Options.MaxAge = -1
	if err := c.Session().Save(); err != nil {
		return c.Error(http.StatusInternalServerError, err)
	}
	return c.Redirect(http.StatusFound, "/")
}

// Values-only whatever the store.
func SignOut(c buffalo.Context) error { // want `logout handler SignOut \(name matches "sign out"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid` SignOut:`handler\(session\(clearpending,cleared,saved\), store unknown, buffalo session, judged\)`
	c.Session().Clear()
	return c.Redirect(http.StatusFound, "/")
}
