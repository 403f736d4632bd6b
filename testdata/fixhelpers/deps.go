package fixhelpers

import (
	"net/http"

	"example.com/fixtures/fixauth"
)

// A dependency's helper, known by its fact.
func SignOut(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	fixauth.Touch(r.Context())
	http.Redirect(w, r, "/", http.StatusFound)
}
