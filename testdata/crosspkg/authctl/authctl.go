// Package authctl has logout handlers that take more than a handler's
// parameters, so the route's closure in another package calls them.
package authctl

import (
	"database/sql"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

// Logout only expires the JWT cookie.
func Logout(c *fiber.Ctx, db *sql.DB) error { // want `it only expires the cookie in the browser` Logout:`session\(client\)`
	c.Cookie(&fiber.Cookie{Name: "jwt", Value: "", Expires: time.Now().Add(-time.Hour)})
	return c.JSON(fiber.Map{"message": "logged out"})
}

// SignOut destroys the session.
func SignOut(c *fiber.Ctx, store *session.Store) error { // want SignOut:`session\(kill\)`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	return sess.Destroy()
}
