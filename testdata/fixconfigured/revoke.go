package fixconfigured

import (
	"net/http"

	"example.com/fixtures/fixstore"
)

// A function of another package with no results: called as a statement.
func SignOut(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	fixstore.Audit(r, "logout")
	http.Redirect(w, r, "/", http.StatusFound)
}
