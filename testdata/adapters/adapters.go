// Package adapters checks handlers of the app's own signatures wrapped by
// adapters of this package: the function given to the adapter is the
// handler, and the adapter's closure, shared by every route, never is.
package adapters

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

// Context wraps a request for the app's handlers.
type Context struct {
	W http.ResponseWriter
	R *http.Request
}

// Deps are the app's dependencies, passed to every handler.
type Deps struct{ Sessions *scs.SessionManager }

// A Middleware runs around a handler.
type Middleware interface{ Before(c *Context) error }

// adapt turns a handler of the app into an http.HandlerFunc.
func adapt(h func(*Context)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		h(&Context{W: w, R: r})
	}
}

// toHTTPHandler is shiori's adapter: dependencies first, then the handler.
func toHTTPHandler(deps Deps, h func(Deps, *Context), mws ...Middleware) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := &Context{W: w, R: r}
		for _, m := range mws {
			if err := m.Before(c); err != nil {
				http.Error(w, err.Error(), http.StatusUnauthorized)
				return
			}
		}
		h(deps, c)
	}
}

// web is writefreely's adapter: a handler with the app and an error, and
// a function that is not the handler.
func web(f func(deps Deps, w http.ResponseWriter, r *http.Request) error, level func(*http.Request) int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_ = level(r)
		if err := f(Deps{Sessions: sm}, w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}

// adaptLog is given a logging function before the handler.
func adaptLog(logf func(format string, args ...any), h func(*Context)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		logf("%s %s", r.Method, r.URL.Path)
		h(&Context{W: w, R: r})
	}
}

func Routes(mux *http.ServeMux) {
	deps := Deps{Sessions: sm}
	mux.HandleFunc("POST /api/v1/auth/logout", toHTTPHandler(deps, handleLogout))
	mux.HandleFunc("POST /api/v1/auth/sign-out", toHTTPHandler(deps, handleSignOut))
	mux.HandleFunc("POST /logout", adapt(endSession))
	mux.HandleFunc("POST /logoff", adapt(func(c *Context) { // want `logout handler func literal \(registered on route "POST /logoff"\) leaves the session valid on the server: it only expires the cookie in the browser`
		http.SetCookie(c.W, &http.Cookie{Name: "session", MaxAge: -1})
		http.Redirect(c.W, c.R, "/", http.StatusSeeOther)
	}))
	mux.HandleFunc("POST /sign-off", adaptLog(logf, endSession))
	mux.HandleFunc("POST /log-off", adaptLog(logf, bye))
	mux.HandleFunc("POST /me/logout", web(viewLogout, userLevel))
	mux.HandleFunc("POST /me/signoff", web(viewBye, userLevel))
	// Not logout routes: the same adapters are silent.
	mux.HandleFunc("GET /", adapt(home))
	mux.HandleFunc("GET /api/v1/items", toHTTPHandler(deps, listItems))
}

// handleLogout (shiori, row 29) adds an empty cookie to the request: the
// session stays valid.
func handleLogout(deps Deps, c *Context) { // want `logout handler handleLogout \(registered on route "POST /api/v1/auth/logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	c.R.AddCookie(&http.Cookie{Name: "session"})
	c.W.WriteHeader(http.StatusNoContent)
}

func handleSignOut(deps Deps, c *Context) { // want handleSignOut:`session\(kill\)`
	if err := deps.Sessions.Destroy(c.R.Context()); err != nil {
		http.Error(c.W, "error", http.StatusInternalServerError)
		return
	}
	c.W.WriteHeader(http.StatusNoContent)
}

func endSession(c *Context) { // want endSession:`session\(kill\)`
	if err := sm.Destroy(c.R.Context()); err != nil {
		http.Error(c.W, "error", http.StatusInternalServerError)
		return
	}
	http.Redirect(c.W, c.R, "/", http.StatusSeeOther)
}

func viewLogout(deps Deps, w http.ResponseWriter, r *http.Request) error { // want viewLogout:`session\(kill\)`
	if err := deps.Sessions.Destroy(r.Context()); err != nil {
		return err
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
	return nil
}

func viewBye(deps Deps, w http.ResponseWriter, r *http.Request) error { // want viewBye:`session\(cleared\)` `logout handler viewBye \(registered on route "POST /me/signoff"\) leaves the session valid on the server: it only removes session values`
	deps.Sessions.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
	return nil
}

func logf(format string, args ...any) {}

func bye(c *Context) { // want `logout handler bye \(registered on route "POST /log-off"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(c.W, c.R, "/", http.StatusSeeOther)
}

// userLevel is given to the adapter too, but after the handler.
func userLevel(r *http.Request) int { return 0 }

func home(c *Context) { c.W.Write([]byte("home")) }

func listItems(deps Deps, c *Context) { c.W.Write([]byte("[]")) }
