// Package fiber3_pending asserts fiber v3's middleware mode reached
// through the Middleware's Session field: the middleware saves the session
// after the handler, so Delete there is persisted (values-only), not
// unsaved. The knowledge table keys the effect on the receiver type
// (*session.Session is "needs Save"), not on how the session was obtained.
package fiber3_pending

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

func Setup(app *fiber.App) {
	app.Use(session.New())
}

func Logout(c fiber.Ctx) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid`
	m := session.FromContext(c)
	m.Session.Delete("user_id")
	return c.Redirect().To("/")
}
