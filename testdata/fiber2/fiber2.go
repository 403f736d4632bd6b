// Package fiber2 pins down fiber v2's session middleware, which saves
// nothing unless the handler calls Save.
package fiber2

import (
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New()

// The classic mistake: only a "logged out" page.
func Logout(c *fiber.Ctx) error { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call Destroy on the session\)`
	return c.Render("logged_out", fiber.Map{"Title": "Signed out"})
}

func LogoutDestroy(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Destroy(); err != nil {
		return fiber.NewError(fiber.StatusInternalServerError, "logout failed")
	}
	return c.Redirect("/")
}

func LogoutReset(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return fiber.ErrInternalServerError
	}
	if err := sess.Reset(); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// Regenerate deletes the old ID from storage.
func LogoutRegenerate(c *fiber.Ctx) error {
	sess, _ := store.Get(c)
	sess.Delete("user")
	sess.Regenerate()
	sess.Save()
	return c.Redirect("/")
}

// Deleting the session by ID in the store.
func LogoutStoreDelete(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := store.Delete(sess.ID()); err != nil {
		return err
	}
	return c.Redirect("/")
}

func LogoutDelete(c *fiber.Ctx) error { // want `LogoutDelete .* the session is marked for deletion or wiped but never saved \(save the session\)`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Delete("user")
	return c.Redirect("/")
}

func LogoutDeleteSave(c *fiber.Ctx) error { // want `LogoutDeleteSave .* it only removes session values, so the session ID stays valid \(call Destroy on the session\)`
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

func LogoutClearCookie(c *fiber.Ctx) error { // want `LogoutClearCookie .* it only expires the cookie in the browser`
	c.ClearCookie("session_id")
	return c.Redirect("/")
}

func SignOut(c *fiber.Ctx) error { // want `SignOut .* it only expires the cookie in the browser`
	c.Cookie(&fiber.Cookie{Name: "session_id", Value: "", Expires: time.Now().Add(-time.Hour)})
	return c.JSON(fiber.Map{"ok": true})
}

// Only the "everywhere" branch destroys.
func LogoutSome(c *fiber.Ctx) error { // want `LogoutSome .* it only removes session values, so the session ID stays valid on some paths`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if c.Query("everywhere") == "true" {
		if err := sess.Destroy(); err != nil {
			return err
		}
		return c.Redirect("/")
	}
	sess.Delete("user")
	if err := sess.Save(); err != nil {
		return err
	}
	return c.Redirect("/")
}

// Destroy only when the session could not be read.
func LogoutOnError(c *fiber.Ctx) error { // want `LogoutOnError .* only on an error or early-return path`
	sess, err := store.Get(c)
	if err != nil {
		sess.Destroy()
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.Redirect("/")
}

// A wrong-method guard is not the logout path.
func LogoutMethod(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		return c.SendStatus(fiber.StatusMethodNotAllowed)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	return sess.Destroy()
}

// A GET shows a confirmation page; the POST destroys.
func LogoutTwoStep(c *fiber.Ctx) error {
	if c.Method() == fiber.MethodGet {
		return c.Render("confirm_logout", fiber.Map{})
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	return c.Redirect("/")
}

// A literal assigned to a logout-like variable.
var logoutHandler fiber.Handler = func(c *fiber.Ctx) error { // want `logout handler logoutHandler \(assigned to logoutHandler, which matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	return c.SendString("bye")
}

func Login(c *fiber.Ctx) error { // want Login:`handler\(session\(saved\), fiber session\)` Login:`session\(saved\)`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("user", c.FormValue("user"))
	return sess.Save()
}
