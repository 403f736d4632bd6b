package fixfiber

import (
	"fmt"
	"net/http"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	session3 "github.com/gofiber/fiber/v3/middleware/session"
)

// Serve and Serve3 answer one request with the fiber v2 and v3 handlers
// of this package, so that their fixes can be replayed against fiber's
// session middleware (see internal/replay): POST /login signs alice in,
// GET /probe reports the session as a replay.State.
func Serve(r *http.Request) (*http.Response, error) { return app2.Test(r, -1) }

func Serve3(r *http.Request) (*http.Response, error) { return app3.Test(r) }

var app2, app3 = routes2(), routes3()

func routes2() *fiber.App {
	app := fiber.New()
	app.Post("/login", func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		sess.Set("user", "alice")
		return sess.Save()
	})
	app.Get("/probe", func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		return c.JSON(fiber.Map{
			"user":   str(sess.Get("user")),
			"loaded": !sess.Fresh(),
			"values": fiber.Map{"flash": str(sess.Get("flash"))},
		})
	})
	app.Post("/a", Logout)
	app.Post("/b", LogoutFlash)
	return app
}

func routes3() *fiber3.App {
	app := fiber3.New()
	app.Use(session3.New())
	app.Post("/login", func(c fiber3.Ctx) error {
		session3.FromContext(c).Set("user", "alice")
		return nil
	})
	app.Get("/probe", func(c fiber3.Ctx) error {
		sess := session3.FromContext(c)
		return c.JSON(fiber3.Map{
			"user":   str(sess.Get("user")),
			"loaded": !sess.Fresh(),
			"values": fiber3.Map{"flash": str(sess.Get("flash"))},
		})
	})
	app.Post("/c", LogoutV3)
	app.Post("/d", LogoutFlashV3)
	return app
}

func str(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}
