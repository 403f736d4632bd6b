// Package routesfiber3 pins down logout handlers found by their fiber v3
// route (handlers typed any): verbs, Add with a method list, Group and
// Route.
package routesfiber3

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

func requireUser(c fiber.Ctx) error { return c.Next() }

func Routes(app *fiber.App) {
	app.Use(session.New())
	app.Post("/logout", bye)
	app.Get("/signout", requireUser, adieu)
	app.Add([]string{fiber.MethodPost}, "/logoff", cheerio)
	app.All("/log-out", done)

	api := app.Group("/api")
	api.Post("/sign-out", farewell)
	app.Route("/auth", func(r fiber.Router) {
		r.Post("/signoff", leave)
	})

	app.Post("/logout/now", func(c fiber.Ctx) error { // want `logout handler func literal \(registered on route "/logout/now"\) leaves the session valid on the server: nothing invalidates it`
		return c.Redirect().To("/")
	})

	// Clean.
	app.Post("/logout/ok", properly)
	app.Get("/catalog/output", catalog)
}

func bye(c fiber.Ctx) error { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(call Destroy on the session\)`
	return c.SendString("You are logged out")
}

func adieu(c fiber.Ctx) error { // want `logout handler adieu \(registered on route "/signout"\)`
	return c.Redirect().To("/")
}

func cheerio(c fiber.Ctx) error { // want `logout handler cheerio \(registered on route "/logoff"\)`
	return c.Redirect().To("/")
}

func done(c fiber.Ctx) error { // want `logout handler done \(registered on route "/log-out"\) leaves the session valid on the server: it only expires the cookie in the browser` done:`session\(client\)`
	c.ClearCookie("session_id")
	return c.SendStatus(fiber.StatusNoContent)
}

func farewell(c fiber.Ctx) error { // want `logout handler farewell \(registered on route "/api/sign-out"\) leaves the session valid on the server: it only removes session values` farewell:`session\(cleared\)`
	session.FromContext(c).Delete("user")
	return c.SendStatus(fiber.StatusNoContent)
}

func leave(c fiber.Ctx) error { // want `logout handler leave \(registered on route "/auth/signoff"\)`
	return c.SendStatus(fiber.StatusNoContent)
}

func properly(c fiber.Ctx) error { // want properly:`session\(kill\)`
	if err := session.FromContext(c).Destroy(); err != nil {
		return err
	}
	return c.Redirect().To("/")
}

func catalog(c fiber.Ctx) error { return c.SendString("catalog") }
