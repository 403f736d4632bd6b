// Package routesgroups pins down route callbacks with no router
// parameter: flamego's Group(path, func() { f.Get(…) }) registers the
// routes the callback adds on the same router under path, nested groups
// and Combo routes included; routes on another router do not get the
// prefix. A Combo route's chained methods keep its path.
package routesgroups

import (
	"github.com/flamego/flamego"
)

func routes() {
	f := flamego.New()
	other := flamego.New()
	f.Group("/logout", func() {
		f.Post("/all", all)
		f.Group("/devices", func() {
			f.Get("/{id}", device)
			f.Combo("/others").Get(others).Post(othersPost)
		})
		other.Get("/quit", quit)
	})
	f.Group("/sign", func() {
		f.Post("/out", out)
	})
	f.Combo("/signoff").Get(page).Post(submit)

	// Clean: the paths alone are no logout paths.
	f.Post("/all", quit)
	f.Get("/out", quit)
}

func all(c flamego.Context) { // want `logout handler all \(registered on route "/logout/all"\) leaves the session valid on the server: nothing invalidates it`
	c.Redirect("/")
}

func device(c flamego.Context) { // want `logout handler device \(registered on route "/logout/devices/{id}"\)`
	c.Redirect("/")
}

func others(c flamego.Context) { // want `logout handler others \(registered on route "/logout/devices/others"\)`
	c.Redirect("/")
}

func othersPost(c flamego.Context) { // want `logout handler othersPost \(registered on route "/logout/devices/others"\)`
	c.Redirect("/")
}

func out(c flamego.Context) { // want `logout handler out \(registered on route "/sign/out"\)`
	c.Redirect("/")
}

func page(c flamego.Context) { // want `logout handler page \(registered on route "/signoff"\)`
	c.Redirect("/")
}

func submit(c flamego.Context) { // want `logout handler submit \(registered on route "/signoff"\)`
	c.Redirect("/")
}

// Registered on the other router, whose routes are not under /logout.
func quit(c flamego.Context) {
	c.Redirect("/")
}
