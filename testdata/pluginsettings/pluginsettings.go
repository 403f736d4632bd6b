// Package pluginsettings is checked by the golangci-lint plugin's test with
// the settings {"disable": ["values-only"]}: the other settings keep their
// defaults.
package pluginsettings

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sessions = scs.New()

// The default logout vocabulary still applies.
func logout(w http.ResponseWriter, r *http.Request) { // want `logout handler logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func signOut(w http.ResponseWriter, r *http.Request) {
	if err := sessions.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// values-only is disabled.
func logOff(w http.ResponseWriter, r *http.Request) {
	sessions.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
