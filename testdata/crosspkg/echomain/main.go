// Command echomain builds a cookie store and registers the logout handlers
// of another package: expiring a cookie-store session revokes nothing.
package main

import (
	"example.com/fixtures/crosspkg/echohandlers"
	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func main() {
	e := echo.New()
	e.Use(session.Middleware(sessions.NewCookieStore([]byte("secret"))))
	e.POST("/logout", echohandlers.Logout) // want `logout handler echohandlers.Logout \(registered on route "/logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)`
	e.POST("/logout-values", echohandlers.LogoutValues) // want `logout handler echohandlers.LogoutValues \(registered on route "/logout-values"\) leaves the session valid on the server: the session lives in a cookie store`
	e.Logger.Fatal(e.Start(":8080"))
}
