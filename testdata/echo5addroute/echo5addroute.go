// Package echo5addroute checks echo v5's AddRoute, whose path and handler
// are fields of an echo.Route literal rather than arguments.
package echo5addroute

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func Routes(e *echo.Echo) error {
	_, err := e.AddRoute(echo.Route{
		Method:  http.MethodPost,
		Path:    "/logout",
		Handler: bye,
	})
	return err
}

func bye(c *echo.Context) error { // want `logout handler bye \(registered on route "POST /logout"\) leaves the session valid on the server: nothing invalidates it`
	return c.String(http.StatusOK, "You are logged out")
}
