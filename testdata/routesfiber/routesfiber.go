// Package routesfiber pins down logout handlers found by their fiber v2
// route: verbs with middleware before the handler, Add, All, Group and
// Route.
package routesfiber

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

var store = session.New()

func requireUser(c *fiber.Ctx) error { return c.Next() }

func Routes(app *fiber.App) {
	app.Post("/logout", bye)
	app.Get("/signout", requireUser, adieu)
	app.Add(fiber.MethodPost, "/logoff", cheerio)
	app.All("/log-out", done)

	api := app.Group("/api", requireUser)
	api.Post("/sign-out", farewell)
	v1 := api.Group("/v1")
	v1.Delete("/session/logout", stop)
	app.Route("/auth", func(r fiber.Router) {
		r.Post("/login", login)
		r.Post("/signoff", leave)
	})

	app.Post("/logout/now", func(c *fiber.Ctx) error { // want `logout handler func literal \(registered on route "/logout/now"\) leaves the session valid on the server: nothing invalidates it`
		return c.Redirect("/")
	})

	// Clean.
	app.Post("/logout/ok", properly)
	app.Get("/catalog/output", login)
	app.Get("/:logout", login)
}

func bye(c *fiber.Ctx) error { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(call Destroy on the session\)`
	return c.Render("logged_out", fiber.Map{})
}

func adieu(c *fiber.Ctx) error { // want `logout handler adieu \(registered on route "/signout"\)`
	return c.Redirect("/")
}

func cheerio(c *fiber.Ctx) error { // want `logout handler cheerio \(registered on route "/logoff"\)`
	return c.Redirect("/")
}

func done(c *fiber.Ctx) error { // want `logout handler done \(registered on route "/log-out"\) leaves the session valid on the server: it only expires the cookie in the browser` done:`session\(client\)`
	c.ClearCookie()
	return c.SendStatus(fiber.StatusNoContent)
}

func farewell(c *fiber.Ctx) error { // want `logout handler farewell \(registered on route "/api/sign-out"\) leaves the session valid on the server: the session is marked for deletion or wiped but never saved` farewell:`session\(clearpending\)`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Delete("user")
	return c.SendStatus(fiber.StatusNoContent)
}

func stop(c *fiber.Ctx) error { // want `logout handler stop \(registered on route "/api/v1/session/logout"\)`
	return c.SendStatus(fiber.StatusNoContent)
}

func leave(c *fiber.Ctx) error { // want `logout handler leave \(registered on route "/auth/signoff"\)`
	return c.SendStatus(fiber.StatusNoContent)
}

func login(c *fiber.Ctx) error { // want login:`session\(saved\)`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("user", c.FormValue("user"))
	return sess.Save()
}

func properly(c *fiber.Ctx) error { // want properly:`session\(kill\)`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	return sess.Destroy()
}
