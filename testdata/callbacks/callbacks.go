// Package callbacks checks that a function literal given to a function of
// the module counts as running in the call.
package callbacks

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

// withRequest is an app's wrapper: it runs f at once.
func withRequest(r *http.Request, f func() error) error { return f() }

func Logout(w http.ResponseWriter, r *http.Request) {
	err := withRequest(r, func() error {
		return sm.Destroy(r.Context())
	})
	if err != nil {
		http.Error(w, "logout failed", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A literal given to a library function may run later, or never.
func SignOut(w http.ResponseWriter, r *http.Request) { // want `SignOut .* nothing invalidates it`
	go func() { _ = sm.Destroy(r.Context()) }()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A helper reached through the callback counts too.
type service struct{}

func (service) endSession(r *http.Request) error { return sm.Destroy(r.Context()) } // want endSession:`session\(kill\)`

func (s service) SignOutWrapped(w http.ResponseWriter, r *http.Request) {
	if err := withRequest(r, func() error { return s.endSession(r) }); err != nil {
		http.Error(w, "logout failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
