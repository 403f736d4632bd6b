// Package fiberroutes holds one fiber handler per route, named Route as
// in TRXD; the package that builds the app registers them on their paths.
package fiberroutes

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var Store = session.New()

// Route is registered on POST /logout elsewhere, and only answers.
func Route(c *fiber.Ctx) error { // want Route:`handler\(session\(\), fiber session\)`
	if _, err := Store.Get(c); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// Leave is registered on POST /signout elsewhere, and destroys the session.
func Leave(c *fiber.Ctx) error { // want Leave:`session\(kill\)`
	sess, err := Store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// Logout is judged here, by its name: the package registering it adds
// nothing.
func Logout(c *fiber.Ctx) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call Destroy on the session\)`
	return c.SendStatus(fiber.StatusNoContent)
}
