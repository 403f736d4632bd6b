// Package fixfiber checks the suggested fixes for fiber's session
// middleware.
package fixfiber

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	fiber3 "github.com/gofiber/fiber/v3"
	session3 "github.com/gofiber/fiber/v3/middleware/session"
)

var store = session.New()

func Logout(c *fiber.Ctx) error { // want `it only removes session values, so the session ID stays valid \(call Destroy on the session\)`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Delete("user")
	if err := sess.Save(); err != nil {
		return err
	}
	return c.Redirect("/")
}

func LogoutV3(c fiber3.Ctx) error { // want `it only removes session values`
	sess := session3.FromContext(c)
	sess.Delete("user")
	return c.Redirect().To("/")
}

// A flash for the next request: Reset before it, so that it is saved
// under the new ID.
func LogoutFlash(c *fiber.Ctx) error { // want `it only removes session values`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Delete("user")
	sess.Set("flash", "bye")
	if err := sess.Save(); err != nil {
		return err
	}
	return c.Redirect("/")
}

// The same on fiber v3's middleware: a destroyed session is not saved
// after the handler, so Reset keeps the flash under a new ID.
func LogoutFlashV3(c fiber3.Ctx) error { // want `it only removes session values`
	sess := session3.FromContext(c)
	sess.Delete("user")
	sess.Set("flash", "bye")
	return c.Redirect().To("/")
}
