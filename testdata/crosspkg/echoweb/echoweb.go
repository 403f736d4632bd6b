// Package echoweb registers a logout handler of another package on the
// router that package echoserver builds with a cookie store: neither this
// package nor the handler's builds the store, but this one imports the
// package that does.
package echoweb

import (
	"example.com/fixtures/crosspkg/echohandlers"
	"example.com/fixtures/crosspkg/echoserver"
)

func Start() {
	e := echoserver.New()
	e.POST("/logout", echohandlers.Logout) // want `logout handler echohandlers.Logout \(registered on route "/logout"\) leaves the session valid on the server: the session lives in a cookie store`
	e.GET("/logout-factory", echohandlers.LogoutFactory()) // want `logout handler echohandlers.LogoutFactory\(\) \(registered on route "/logout-factory"\) leaves the session valid on the server: the session lives in a cookie store`
	e.Logger.Fatal(e.Start(":8080"))
}
