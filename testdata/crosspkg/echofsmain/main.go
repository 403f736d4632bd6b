// Command echofsmain builds a server-side store and registers the logout
// handler factories of another package: a saved negative MaxAge deletes
// the record, so the handler they return is clean; one that only wipes
// values is not.
package main

import (
	"example.com/fixtures/crosspkg/echohandlers"
	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func main() {
	e := echo.New()
	e.Use(session.Middleware(sessions.NewFilesystemStore("", []byte("secret"))))
	e.GET("/logout-factory", echohandlers.LogoutFactory())
	e.GET("/signout", echohandlers.End("session"))
	e.GET("/logout-values", echohandlers.WipeUser()) // want `logout handler echohandlers.WipeUser\(\) \(registered on route "/logout-values"\) leaves the session valid on the server: it only removes session values`
	e.GET("/logout-bye", echohandlers.Bye) // want `logout handler echohandlers.Bye \(registered on route "/logout-bye"\) leaves the session valid on the server: nothing invalidates it \(set Options.MaxAge = -1 on the session and save it\)$`
	e.Logger.Fatal(e.Start(":8080"))
}
