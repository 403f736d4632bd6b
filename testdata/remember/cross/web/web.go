// want package:`remember\(accepted rm, issued rm by auth.signIn\)`

// Package web has the logouts; what issues and accepts the remember-me
// cookie reaches it through facts of the packages it imports.
package web

import (
	"net/http"

	"example.com/fixtures/remember/cross/auth"
	"example.com/fixtures/remember/cross/mw"
)

func Routes(mux *http.ServeMux) {
	mux.Handle("/", mw.Remembered(http.NotFoundHandler()))
}

func Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie "rm" set by auth.signIn still signs the user back in`
	if err := auth.Sessions.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: auth.RememberCookie, MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func SignOut(w http.ResponseWriter, r *http.Request) {
	if err := auth.DropLogin(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: auth.RememberCookie, MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LogOff does not touch the remember-me cookie, which another package
// issues: it is not judged for it.
func LogOff(w http.ResponseWriter, r *http.Request) {
	if err := auth.Sessions.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
