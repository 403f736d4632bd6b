// Package fiber3 pins down fiber v3's session package in both modes: the
// middleware (saved after the handler unless destroyed) and the store
// (saved only by Save).
package fiber3

import (
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

var store = session.NewStore()

func Setup(app *fiber.App) {
	app.Use(session.New())
}

// The classic mistake: only a "logged out" page.
func Logout(c fiber.Ctx) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call Destroy on the session\)`
	return c.SendString("You are logged out")
}

// Middleware mode.

func LogoutDestroy(c fiber.Ctx) error {
	sess := session.FromContext(c)
	if sess == nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	return c.Redirect().To("/")
}

// The recipe of fiber's docs.
func LogoutReset(c fiber.Ctx) error {
	sess := session.FromContext(c)
	if err := sess.Reset(); err != nil {
		return c.Status(fiber.StatusInternalServerError).SendString("Session error")
	}
	return c.Redirect().To("/")
}

func LogoutRegenerate(c fiber.Ctx) error {
	sess := session.FromContext(c)
	sess.Delete("user_id")
	if err := sess.Regenerate(); err != nil {
		return err
	}
	return c.Redirect().To("/")
}

// The middleware saves the deletion, but the ID stays valid.
func LogoutDeleteKey(c fiber.Ctx) error { // want `LogoutDeleteKey .* it only removes session values, so the session ID stays valid \(call Destroy on the session\)`
	sess := session.FromContext(c)
	sess.Delete("user_id")
	return c.Redirect().To("/")
}

// A wrong-method guard is not the logout path.
func LogoutMethod(c fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		return c.SendStatus(fiber.StatusMethodNotAllowed)
	}
	return session.FromContext(c).Destroy()
}

// Store mode.

func LogoutStoreDestroy(c fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	defer sess.Release()
	return sess.Destroy()
}

func LogoutStoreDelete(c fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	defer sess.Release()
	if err := store.Delete(c.Context(), sess.ID()); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusOK)
}

func LogoutStoreUnsaved(c fiber.Ctx) error { // want `LogoutStoreUnsaved .* the session is marked for deletion or wiped but never saved \(save the session\)`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	defer sess.Release()
	sess.Delete("user_id")
	return c.Redirect().To("/")
}

func LogoutStoreSaved(c fiber.Ctx) error { // want `LogoutStoreSaved .* it only removes session values`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	defer sess.Release()
	sess.Delete("user_id")
	if err := sess.Save(); err != nil {
		return err
	}
	return c.Redirect().To("/")
}

// Cookies only.

func LogoutClearCookie(c fiber.Ctx) error { // want `LogoutClearCookie .* it only expires the cookie in the browser`
	c.ClearCookie("session_id")
	return c.Redirect().To("/")
}

func SignOut(c fiber.Ctx) error { // want `SignOut .* it only expires the cookie in the browser`
	c.Cookie(&fiber.Cookie{Name: "session_id", Expires: time.Now().Add(-24 * time.Hour)})
	return c.SendStatus(fiber.StatusNoContent)
}

// A factory, in the fiber style of handler constructors.
func NewLogoutHandler(redirect string) fiber.Handler {
	return func(c fiber.Ctx) error { // want `logout handler NewLogoutHandler \(returned by NewLogoutHandler, which matches "logout"\) leaves the session valid on the server: nothing invalidates it`
		return c.Redirect().To(redirect)
	}
}

func NewLogoutDestroyHandler(redirect string) fiber.Handler {
	return func(c fiber.Ctx) error {
		if err := session.FromContext(c).Destroy(); err != nil {
			return err
		}
		return c.Redirect().To(redirect)
	}
}
