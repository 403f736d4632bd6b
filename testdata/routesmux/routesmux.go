// Package routesmux pins down logout handlers found by their gorilla/mux
// route: HandleFunc/Handle, chained Path(...).HandlerFunc, PathPrefix
// sub-routers.
package routesmux

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/gorilla/mux"
)

var sm = scs.New()

func Router() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/logout", bye).Methods(http.MethodPost)
	r.Handle("/signout", http.HandlerFunc(adieu))
	r.Path("/sign-off").HandlerFunc(cheerio)
	r.Path("/log-out").Methods(http.MethodPost).Handler(http.HandlerFunc(done))
	r.Methods(http.MethodPost).Path("/logoff").HandlerFunc(quit)

	auth := r.PathPrefix("/auth").Subrouter()
	auth.HandleFunc("/login", login)
	auth.HandleFunc("/sign-out", farewell).Methods(http.MethodPost)

	out := r.PathPrefix("/logout").Subrouter()
	out.HandleFunc("/", leave)

	r.HandleFunc("/api/logout", func(w http.ResponseWriter, r *http.Request) { // want `logout handler func literal \(registered on route "/api/logout"\) leaves the session valid on the server: nothing invalidates it`
		w.WriteHeader(http.StatusNoContent)
	})

	// Clean.
	r.HandleFunc("/logout/ok", properly).Methods(http.MethodPost)
	r.HandleFunc("/catalog/output", login)
	r.HandleFunc("/{logout}", login)
	return r
}

func bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	w.Write([]byte("You have been logged out."))
}

func adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "/signout"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func cheerio(w http.ResponseWriter, r *http.Request) { // want `logout handler cheerio \(registered on route "/sign-off"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func done(w http.ResponseWriter, r *http.Request) { // want `logout handler done \(registered on route "/log-out"\) leaves the session valid on the server: it only expires the cookie in the browser` done:`session\(client\)`
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
}

func quit(w http.ResponseWriter, r *http.Request) { // want `logout handler quit \(registered on route "/logoff"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func farewell(w http.ResponseWriter, r *http.Request) { // want `logout handler farewell \(registered on route "/auth/sign-out"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func leave(w http.ResponseWriter, r *http.Request) { // want `logout handler leave \(registered on route "/logout/"\)` leave:`session\(cleared\)`
	sm.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func login(w http.ResponseWriter, r *http.Request) {
	sm.Put(r.Context(), "userID", 1)
}

func properly(w http.ResponseWriter, r *http.Request) { // want properly:`session\(kill\)`
	sm.Destroy(r.Context())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
