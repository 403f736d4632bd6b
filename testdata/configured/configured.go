// Package configured is analysed with -invalidators naming Store.Flush
// and with the custom-store name rule turned off.
package configured

import (
	"context"
	"net/http"
)

type Store struct{}

func (*Store) Flush(ctx context.Context, id string) error { return nil }

func (*Store) RevokeSession(ctx context.Context, id string) error { return nil }

var store = &Store{}

func Logout(w http.ResponseWriter, r *http.Request) {
	store.Flush(r.Context(), "id")
	http.Redirect(w, r, "/", http.StatusFound)
}

// With the name rule off, RevokeSession is not known to invalidate.
func LogoutRevoke(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	store.RevokeSession(r.Context(), "id")
	http.Redirect(w, r, "/", http.StatusFound)
}

// client-only findings are disabled in this configuration.
func LogoutCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", MaxAge: -1})
}
