// Package routesfiber3chain checks fiber v3's RouteChain:
// app.RouteChain(path).Post(handler), also under a group.
package routesfiber3chain

import "github.com/gofiber/fiber/v3"

func Routes(app *fiber.App) {
	app.RouteChain("/logout").Post(bye)
	app.Group("/auth").RouteChain("/sign-out").Post(farewell)
}

func bye(c fiber.Ctx) error { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it`
	return c.SendString("You are logged out")
}

func farewell(c fiber.Ctx) error { // want `logout handler farewell \(registered on route "/auth/sign-out"\) leaves the session valid on the server: nothing invalidates it`
	return c.Redirect().To("/")
}
