// want package:`stores\(server\)`

// Package simplesessions pins down zerodha/simplesessions v3 on its redis
// store: Destroy deletes the record, Delete and Clear only remove values
// (the store writes them at once; there is no save), ClearCookie only
// expires the cookie.
package simplesessions

import (
	"context"
	"net/http"

	"github.com/redis/go-redis/v9"
	redisstore "github.com/zerodha/simplesessions/stores/redis/v3"
	"github.com/zerodha/simplesessions/v3"
)

type app struct {
	sessions *simplesessions.Manager
	store    *redisstore.Store
}

func getCookie(name string, r interface{}) (*http.Cookie, error) {
	return r.(*http.Request).Cookie(name)
}

func setCookie(cookie *http.Cookie, w interface{}) error { // want setCookie:`session\(client\)`
	http.SetCookie(w.(http.ResponseWriter), cookie)
	return nil
}

func newApp() *app {
	a := &app{
		sessions: simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{Name: "sid", IsHTTPOnly: true}}),
		store:    redisstore.New(context.Background(), redis.NewClient(&redis.Options{Addr: "localhost:6379"})),
	}
	a.sessions.UseStore(a.store)
	a.sessions.SetCookieHooks(getCookie, setCookie)
	return a
}

func (a *app) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", a.login)
	mux.HandleFunc("POST /logout", a.bye)
	mux.HandleFunc("POST /signout", a.adieu)
	mux.HandleFunc("POST /logoff", a.cheerio)
	mux.HandleFunc("POST /log-out", a.farewell)
	mux.HandleFunc("POST /sign-out", a.properly)
	mux.HandleFunc("POST /sso/logout", a.byID)
	mux.HandleFunc("POST /account/logout", a.byStore)
	return mux
}

func (a *app) login(w http.ResponseWriter, r *http.Request) {
	sess, err := a.sessions.NewSession(r, w)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := sess.Set("user", r.FormValue("user")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "POST /logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*simplesessions.Session\).Destroy\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "POST /signout"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid \(call \(\*simplesessions.Session\).Destroy\)` adieu:`session\(cleared\)`
	sess, err := a.sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := sess.Delete("user"); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) cheerio(w http.ResponseWriter, r *http.Request) { // want `logout handler cheerio \(registered on route "POST /logoff"\) leaves the session valid on the server: it only removes session values` cheerio:`session\(cleared\)`
	sess, err := a.sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	sess.Clear()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) farewell(w http.ResponseWriter, r *http.Request) { // want `logout handler farewell \(registered on route "POST /log-out"\) leaves the session valid on the server: it only expires the cookie in the browser` farewell:`session\(client\)`
	sess, err := a.sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	sess.ClearCookie()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) properly(w http.ResponseWriter, r *http.Request) { // want properly:`session\(mark,marksaved,saved\)`
	sess, err := a.sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := sess.Destroy(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The store deletes the record of the session's ID.
func (a *app) byID(w http.ResponseWriter, r *http.Request) { // want byID:`session\(kill,client\)`
	sess, err := a.sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := a.store.Destroy(sess.ID()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess.ClearCookie()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The same through the Store interface: the store decides.
func (a *app) byStore(w http.ResponseWriter, r *http.Request) { // want byStore:`session\(mark,marksaved,saved\)`
	sess, err := a.sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	var st simplesessions.Store = a.store
	if err := st.Destroy(sess.ID()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
