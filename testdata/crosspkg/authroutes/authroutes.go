// Package authroutes registers closures that call the logout handlers of
// package authctl: each is judged by what the call does (its summary).
package authroutes

import (
	"database/sql"

	"example.com/fixtures/crosspkg/authctl"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

func Routes(app *fiber.App, db *sql.DB, store *session.Store) {
	r := app.Group("/api")
	r.Post("/logout", func(c *fiber.Ctx) error { return authctl.Logout(c, db) })       // want `registered on route "/api/logout".*it only expires the cookie in the browser`
	r.Post("/sign-out", func(c *fiber.Ctx) error { return authctl.SignOut(c, store) }) // clean: the summary destroys the session
}
