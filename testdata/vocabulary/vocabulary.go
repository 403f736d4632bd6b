// Package vocabulary is analysed with -logout-names=abmelden,end session.
package vocabulary

import "net/http"

func Abmelden(w http.ResponseWriter, r *http.Request) { // want `name matches "abmelden"`
	http.Redirect(w, r, "/", http.StatusFound)
}

func EndSession(w http.ResponseWriter, r *http.Request) { // want `name matches "end session"`
	http.Redirect(w, r, "/", http.StatusFound)
}

// Not in this vocabulary.
func Logout(w http.ResponseWriter, r *http.Request) { // want Logout:`handler\(session\(\)\)`
	http.Redirect(w, r, "/", http.StatusFound)
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /konto/abmelden", func(w http.ResponseWriter, r *http.Request) { // want `logout handler func literal \(registered on route "POST /konto/abmelden"\)`
		http.Redirect(w, r, "/", http.StatusFound)
	})
}
