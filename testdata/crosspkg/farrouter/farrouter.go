// want package:`stores\(cookie\)`

// Package farrouter builds the session store of the farstore handlers,
// a cookie store, and registers them: it reports what that store makes
// of them, at the registration.
package farrouter

import (
	"net/http"

	"example.com/fixtures/crosspkg/farstore"
	"github.com/gorilla/sessions"
)

func Routes(mux *http.ServeMux, key []byte) {
	h := &farstore.Handlers{Store: sessions.NewCookieStore(key)}
	mux.HandleFunc("POST /logout", h.Logout) // want `logout handler farstore.Handlers.Logout \(registered on route "POST /logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)`
	mux.HandleFunc("POST /expire", h.Expire)
	mux.HandleFunc("POST /logoff", h.Expire) // want `logout handler farstore.Handlers.Expire \(registered on route "POST /logoff"\) leaves the session valid on the server: the session lives in a cookie store`
}
