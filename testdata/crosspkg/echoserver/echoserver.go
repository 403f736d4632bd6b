// want package:`stores\(cookie\)`

// Package echoserver sets up the router with a cookie-store session
// middleware; the store is a local variable, passed on as an interface.
package echoserver

import (
	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

// sessionMiddleware takes any store.
func sessionMiddleware(store sessions.Store) echo.MiddlewareFunc {
	return session.MiddlewareWithConfig(session.Config{Store: store})
}

// New returns the router.
func New() *echo.Echo {
	e := echo.New()
	store := sessions.NewCookieStore([]byte("secret"))
	e.Use(sessionMiddleware(store))
	return e
}
