// Package robust holds unusual but valid code: generics, aliases, dot and
// renamed imports, method expressions, handlers in slices, init.
package robust

import (
	"context"
	. "net/http"

	sessions "github.com/alexedwards/scs/v2"
)

// An alias of the manager type (scs.Session is one too).
type Manager = sessions.Session

var sm *Manager = sessions.New()

// A dot import: ResponseWriter and Request are net/http's.
func Logout(w ResponseWriter, r *Request) {
	sm.Destroy(r.Context())
	Redirect(w, r, "/", StatusFound)
}

func LogoutLeak(w ResponseWriter, r *Request) { // want `nothing invalidates it`
	Redirect(w, r, "/", StatusFound)
}

// A generic handler type.
type GenericHandler[T any] struct{ val T }

func (h *GenericHandler[T]) ServeHTTP(w ResponseWriter, r *Request) {} // want ServeHTTP:`handler\(session\(\), scs\)`

type LogoutPage[T any] struct{ m *Manager }

func (p LogoutPage[T]) ServeHTTP(w ResponseWriter, r *Request) { // want `logout handler LogoutPage.ServeHTTP`
	Redirect(w, r, "/", StatusFound)
}

// A generic session wrapper.
type Wrapper[K comparable] struct{ m *Manager }

func (w Wrapper[K]) End(ctx context.Context) error { return w.m.Destroy(ctx) } // want End:`session\(kill\)`

func LogoutWrapped(w ResponseWriter, r *Request) {
	Wrapper[string]{sm}.End(r.Context())
}

// Method values and expressions.
type app struct{}

func (app) endVisit(w ResponseWriter, r *Request) { // want `logout handler endVisit \(registered on route "/logout"\)`
	Redirect(w, r, "/", StatusFound)
}

var routes = []struct {
	path string
	h    HandlerFunc
}{
	{"/home", nil},
}

func init() {
	mux := NewServeMux()
	expr := app.endVisit
	_ = expr
	mux.HandleFunc("/logout", app{}.endVisit)
	f := (*app).endVisit
	_ = f
	for _, rt := range routes {
		mux.HandleFunc(rt.path, rt.h)
	}
}

// Deep nesting and a big function do not matter.
func LogoutNested(w ResponseWriter, r *Request) {
	func() {
		func() {
			func() {
				Redirect(w, r, "/", StatusFound)
			}()
		}()
	}()
	sm.Destroy(r.Context())
}

// Recursion through a handler.
func logoutRecursive(w ResponseWriter, r *Request) { // want `nothing invalidates it`
	if r.URL.Path == "/again" {
		logoutRecursive(w, r)
	}
}
