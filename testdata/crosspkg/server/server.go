// Package server registers handlers of other packages on its routes:
// those it puts on logout routes are judged here, through their facts,
// and reported at the registration.
package server

import (
	"net/http"

	"example.com/fixtures/crosspkg/adapt"
	"example.com/fixtures/crosspkg/apiv1"
	"example.com/fixtures/crosspkg/fiberroutes"
	"github.com/gofiber/fiber/v2"
)

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/v1/auth/logout", adapt.Adapt(apiv1.HandleLogout)) // want `logout handler apiv1.HandleLogout \(registered on route "POST /api/v1/auth/logout"\) leaves the session valid on the server: it only expires the cookie in the browser \(call \(\*scs.SessionManager\).Destroy\)`
	mux.HandleFunc("POST /api/v1/auth/sign-out", adapt.Adapt(apiv1.HandleRevoke))
	mux.HandleFunc("GET /api/v1/items", adapt.Adapt(apiv1.HandleItems))
	mux.Handle("POST /api/v1/logoff", withLog(adapt.Adapt(apiv1.HandleItems))) // want `logout handler apiv1.HandleItems \(registered on route "POST /api/v1/logoff"\) leaves the session valid on the server: nothing invalidates it`
	//logoutcheck:ignore the gateway revokes the token on this route
	mux.HandleFunc("POST /api/v2/auth/logout", adapt.Adapt(apiv1.HandleLogout))
}

// withLog is a middleware of this package; its closure is not the handler.
func withLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

func App() *fiber.App {
	app := fiber.New()
	app.Post("/logout", fiberroutes.Route) // want `logout handler fiberroutes.Route \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(call Destroy on the session\)`
	app.Post("/signout", fiberroutes.Leave)
	app.Post("/logoff", fiberroutes.Logout)
	app.Get("/", fiberroutes.Route)
	return app
}
