// want package:`stores\(server\)`

// Package buffaloresource pins down resources: buffalo's app.Resource
// routes a resource's List, Create, Show, Update and Destroy under its
// path, so a logout path makes them logout handlers.
package buffaloresource

import (
	"net/http"
	"os"

	"github.com/gobuffalo/buffalo"
	"github.com/gorilla/sessions"
)

func App() *buffalo.App {
	app := buffalo.New(buffalo.Options{
		SessionStore: sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_SECRET"))),
	})
	app.Resource("/logout", LogoutResource{})
	auth := app.Group("/auth")
	auth.Resource("/signout", &SignoutResource{})
	app.Resource("/users", UsersResource{})
	return app
}

// buffalo.BaseResource's methods answer 404; the app's own here.
type base struct{}

func (base) List(c buffalo.Context) error   { return c.Error(http.StatusNotFound, nil) } // want List:`errorexit`
func (base) Show(c buffalo.Context) error   { return c.Error(http.StatusNotFound, nil) } // want Show:`errorexit`
func (base) Create(c buffalo.Context) error { return c.Error(http.StatusNotFound, nil) } // want Create:`errorexit`
func (base) Update(c buffalo.Context) error { return c.Error(http.StatusNotFound, nil) } // want Update:`errorexit`

type LogoutResource struct{ base }

func (LogoutResource) Destroy(c buffalo.Context) error { // want `logout handler Destroy \(registered on route "DELETE /logout/\{id\}"\) leaves the session valid on the server: it only removes session values` Destroy:`session\(clearpending,cleared,saved\)`
	c.Session().Clear()
	return c.Redirect(http.StatusFound, "/")
}

type SignoutResource struct{ base }

// Clean: the expired session is saved through a server-side store.
func (*SignoutResource) Destroy(c buffalo.Context) error { // want Destroy:`session\(mark,marksaved,saved\)`
	c.Session().Session.Options.MaxAge = -1
	return c.Redirect(http.StatusFound, "/")
}

type UsersResource struct{ base }

// Not a logout: the users resource's path is not logout-like.
func (UsersResource) Destroy(c buffalo.Context) error { // want Destroy:`handler\(session\(\), buffalo session\)`
	c.Response().WriteHeader(http.StatusNoContent)
	return nil
}
