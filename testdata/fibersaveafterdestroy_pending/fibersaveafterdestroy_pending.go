// Package fibersaveafterdestroy_pending asserts that saving a fiber
// session after destroying it brings the old ID back. Destroy empties the
// data and deletes the ID from storage, but keeps the ID; Save then
// stores the empty data under that ID and sets the cookie again
// (fiber v2.52.15 middleware/session/session.go, Destroy and Save; v3.1.0
// does the same, and its middleware saves after the handler unless
// Middleware.Destroy was called). The replayed cookie then maps to a live,
// empty session: values-only, not a destroyed session. The analyzer keeps
// a kill once seen (flow.go, state.apply: sKill is never cleared).
package fibersaveafterdestroy_pending

import (
	fiber2 "github.com/gofiber/fiber/v2"
	session2 "github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

var store = session2.New()

func Logout(c *fiber2.Ctx) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	sess.Set("flash", "You have been logged out")
	if err := sess.Save(); err != nil {
		return err
	}
	return c.Redirect("/")
}

// In v3 middleware mode, destroying the Session rather than the Middleware
// leaves the middleware to save it again after the handler.
func SignOut(c fiber.Ctx) error { // want `logout handler SignOut \(name matches "sign out"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid`
	m := session.FromContext(c)
	if err := m.Session.Destroy(); err != nil {
		return err
	}
	return c.Redirect().To("/")
}

// Destroying through the Middleware stops the save.
func LogOut(c fiber.Ctx) error {
	if err := session.FromContext(c).Destroy(); err != nil {
		return err
	}
	return c.Redirect().To("/")
}
