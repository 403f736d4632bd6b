// want package:`remember\(accepted var:example.com/fixtures/remember/routed/user.CookieRememberName, issued var:example.com/fixtures/remember/routed/user.CookieRememberName by user.afterLogin\)`

// Package web registers package user's handlers.
package web

import (
	"gopkg.in/macaron.v1"

	"example.com/fixtures/remember/routed/user"
)

func New() *macaron.Macaron {
	m := macaron.Classic()
	m.Get("/user/logout", user.End) // want `logout handler user.End \(registered on route "/user/logout"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie named by CookieRememberName set by user.afterLogin still signs the user back in`
	m.Get("/user/sign-out", user.Leave)
	return m
}
