// Package cookiectl logs out through the session that a middleware of
// another package loaded from its cookie store: the handler never names
// the store, but the package imports the one that holds it.
package cookiectl

import (
	"context"
	"net/http"

	"example.com/fixtures/crosspkg/cookiestore"
	"github.com/gorilla/sessions"
)

type sessionKey struct{}

// Sessions loads the session into the request, as gophish's middleware does.
func Sessions(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, _ := cookiestore.Store.Get(r, "app")
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), sessionKey{}, sess)))
	})
}

func Logout(w http.ResponseWriter, r *http.Request) { // want `the session lives in a cookie store`
	sess := r.Context().Value(sessionKey{}).(*sessions.Session)
	delete(sess.Values, "id")
	sess.Save(r, w)
	http.Redirect(w, r, "/login", http.StatusFound)
}
