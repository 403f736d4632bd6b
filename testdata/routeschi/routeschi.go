// Package routeschi pins down logout handlers found by their chi route:
// verbs, Method/MethodFunc, Route groups (nested), Group, With and Mount.
package routeschi

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/go-chi/chi/v5"
)

var sm = scs.New()

func requireUser(next http.Handler) http.Handler { return next }

func Router() http.Handler {
	r := chi.NewRouter()
	r.Use(sm.LoadAndSave)
	r.Post("/logout", bye)
	r.Method(http.MethodPost, "/logoff", http.HandlerFunc(adieu))
	r.MethodFunc(http.MethodDelete, "/signoff", cheerio)
	r.HandleFunc("/log-out", done)
	r.With(requireUser).Post("/sign-out", quit)
	r.Route("/auth", func(r chi.Router) {
		r.Post("/login", login)
		r.Post("/signout", farewell)
	})
	r.Route("/api", func(api chi.Router) {
		api.Route("/session", func(s chi.Router) {
			s.Delete("/logout", stop)
		})
	})
	r.Route("/logout", func(r chi.Router) {
		r.Post("/", leave)
	})
	r.Group(func(r chi.Router) {
		r.Use(requireUser)
		r.Get("/logout/everywhere", everywhere)
	})
	r.Post("/logout/now", func(w http.ResponseWriter, r *http.Request) { // want `logout handler func literal \(registered on route "/logout/now"\) leaves the session valid on the server: nothing invalidates it`
		http.Redirect(w, r, "/", http.StatusSeeOther)
	})
	r.Mount("/account", accountRouter())

	// Clean.
	r.Post("/logout/ok", properly)
	r.Get("/catalog/output", login)
	r.Get("/{logout}", login)
	return r
}

func accountRouter() http.Handler {
	r := chi.NewRouter()
	r.Post("/logout", goodbye)
	return r
}

func bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	w.Write([]byte("You have been logged out."))
}

func adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "/logoff"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func cheerio(w http.ResponseWriter, r *http.Request) { // want `logout handler cheerio \(registered on route "/signoff"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func done(w http.ResponseWriter, r *http.Request) { // want `logout handler done \(registered on route "/log-out"\) leaves the session valid on the server: it only removes session values` done:`session\(cleared\)`
	sm.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func quit(w http.ResponseWriter, r *http.Request) { // want `logout handler quit \(registered on route "/sign-out"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func farewell(w http.ResponseWriter, r *http.Request) { // want `logout handler farewell \(registered on route "/auth/signout"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func stop(w http.ResponseWriter, r *http.Request) { // want `logout handler stop \(registered on route "/api/session/logout"\)`
	w.WriteHeader(http.StatusNoContent)
}

func leave(w http.ResponseWriter, r *http.Request) { // want `logout handler leave \(registered on route "/logout/"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func everywhere(w http.ResponseWriter, r *http.Request) { // want `logout handler everywhere \(registered on route "/logout/everywhere"\)`
	w.Write([]byte("done"))
}

func goodbye(w http.ResponseWriter, r *http.Request) { // want `logout handler goodbye \(registered on route "/account/logout"\)`
	w.Write([]byte("done"))
}

func login(w http.ResponseWriter, r *http.Request) {
	sm.Put(r.Context(), "userID", 1)
}

func properly(w http.ResponseWriter, r *http.Request) { // want properly:`session\(kill\)`
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
