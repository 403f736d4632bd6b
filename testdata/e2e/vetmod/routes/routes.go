// Package routes registers a handler of package web on the logout route:
// it is judged here, through the analysis fact package web exports for it.
package routes

import (
	"net/http"

	"example.com/vetmod/web"
)

// Register sets up the routes.
func Register(mux *http.ServeMux, a *web.App) {
	mux.HandleFunc("POST /logout", a.Bye)
}
