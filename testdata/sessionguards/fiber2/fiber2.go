// Package fiber2 checks that a fresh fiber session (created by this
// request) is a "nothing to log out" branch.
package fiber2

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New()

func Logout(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if sess.Fresh() {
		return c.Redirect("/")
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	return c.Redirect("/")
}

func SignOut(c *fiber.Ctx) error { // want `SignOut .* nothing invalidates it`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if sess.Fresh() {
		return c.Redirect("/")
	}
	return c.Redirect("/")
}
