// Command echomain builds a cookie store and registers the logout handlers
// of another package: expiring a cookie-store session revokes nothing.
package main

import (
	"example.com/fixtures/crosspkg/echohandlers"
	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

var basePath = ""

func main() {
	e := echo.New()
	e.Use(session.Middleware(sessions.NewCookieStore([]byte("secret"))))
	e.POST("/logout", echohandlers.Logout) // want `logout handler echohandlers.Logout \(registered on route "/logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)`
	e.POST("/logout-values", echohandlers.LogoutValues) // want `logout handler echohandlers.LogoutValues \(registered on route "/logout-values"\) leaves the session valid on the server: the session lives in a cookie store`
	// handler factories of the other package: the handler is what the call returns
	e.GET("/logout-values-factory", echohandlers.LogoutValuesFactory())
	e.GET("/logout-factory", echohandlers.LogoutFactory()) // want `logout handler echohandlers.LogoutFactory\(\) \(registered on route "/logout-factory"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)`
	e.GET(basePath+"/signout", echohandlers.End("session")) // want `logout handler echohandlers.End\(\) \(registered on route "/signout"\) leaves the session valid on the server: the session lives in a cookie store`
	e.GET("/end", echohandlers.End("session"))              // not a logout route
	e.GET("/logout-either", echohandlers.LogoutEither(true))
	e.GET(basePath+"logout", echohandlers.Logout) // the tail starts no path segment: not read
	e.GET("/logout-bye", echohandlers.Bye) // want `logout handler echohandlers.Bye \(registered on route "/logout-bye"\) leaves the session valid on the server: nothing invalidates it \(use a server-side session store and delete the session there\)$`
	e.Logger.Fatal(e.Start(":8080"))
}
