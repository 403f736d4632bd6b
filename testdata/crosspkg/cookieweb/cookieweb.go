// Package cookieweb logs out through a cookie store declared in another
// package: expiring and saving revokes nothing on the server.
package cookieweb

import (
	"net/http"

	"example.com/fixtures/crosspkg/cookiestore"
)

func Logout(w http.ResponseWriter, r *http.Request) { // want `the session lives in a cookie store`
	sess, err := cookiestore.Store.Get(r, "app")
	if err != nil {
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
