// Package routesservemux pins down logout handlers found by the route
// they are registered on with net/http's ServeMux, including Go 1.22
// method patterns and hosts.
package routesservemux

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

const authPrefix = "/auth"

func Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /logout", bye)
	mux.HandleFunc("/auth/sign-out", farewell)
	mux.Handle(authPrefix+"/logoff", http.HandlerFunc(adieu))
	mux.Handle("DELETE api.example.com/v1/session/logout", http.HandlerFunc(endIt))
	mux.HandleFunc("GET /account/signoff/{$}", cheerio)
	mux.HandleFunc("POST /log-out", done)
	mux.HandleFunc("/logout-all", func(w http.ResponseWriter, r *http.Request) { // want `logout handler func literal \(registered on route "/logout-all"\) leaves the session valid on the server: nothing invalidates it`
		w.Write([]byte("signed out everywhere"))
	})
	mux.HandleFunc("POST /bye", properly)
	mux.HandleFunc("POST /logout/confirm", properly)

	// Not logout routes.
	mux.HandleFunc("/catalog/output", catalog)
	mux.HandleFunc("/blog/{slug}", catalog)
	mux.HandleFunc("/{logout}", catalog)
	return mux
}

func init() {
	http.HandleFunc("/signout", quit)
}

// The classic mistake behind each route: only a page.
func bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "POST /logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	w.Write([]byte("You have been logged out."))
}

func farewell(w http.ResponseWriter, r *http.Request) { // want `logout handler farewell \(registered on route "/auth/sign-out"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "/auth/logoff"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The host is not part of the route shown.
func endIt(w http.ResponseWriter, r *http.Request) { // want `logout handler endIt \(registered on route "DELETE /v1/session/logout"\) leaves the session valid on the server: it only removes session values` endIt:`session\(cleared\)`
	sm.Remove(r.Context(), "userID")
	w.WriteHeader(http.StatusNoContent)
}

func cheerio(w http.ResponseWriter, r *http.Request) { // want `logout handler cheerio \(registered on route "GET /account/signoff/\{\$\}"\)`
	w.Write([]byte("bye"))
}

func done(w http.ResponseWriter, r *http.Request) { // want `logout handler done \(registered on route "POST /log-out"\) leaves the session valid on the server: it only expires the cookie in the browser` done:`session\(client\)`
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func quit(w http.ResponseWriter, r *http.Request) { // want `logout handler quit \(registered on route "/signout"\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func properly(w http.ResponseWriter, r *http.Request) { // want properly:`session\(kill\)`
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func catalog(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("catalog"))
}
