// Package web serves the notes app's pages.
package web

import (
	"net/http"

	"github.com/alexedwards/scs/v2"

	"example.com/notes/internal/session"
)

// App holds the web handlers' dependencies.
type App struct {
	Sessions *scs.SessionManager
}

// Routes registers the app's pages.
func (app *App) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /user/login", app.login)
	mux.HandleFunc("POST /user/logout", app.logout)
	mux.HandleFunc("POST /account/sign-out", app.endVisit)
	mux.HandleFunc("POST /account/close", app.closeAccount)
}

func (app *App) login(w http.ResponseWriter, r *http.Request) {
	if err := app.Sessions.RenewToken(r.Context()); err != nil {
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	app.Sessions.Put(r.Context(), "userID", r.PostFormValue("email"))
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// logout forgets the user but keeps the session token alive: anyone who
// copied the cookie still holds a valid session.
func (app *App) logout(w http.ResponseWriter, r *http.Request) {
	app.Sessions.Remove(r.Context(), "userID")
	app.Sessions.Put(r.Context(), "flash", "You've been logged out.")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// endVisit is registered on /account/sign-out and only says goodbye.
func (app *App) endVisit(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("Goodbye! You have been signed out."))
}

// closeAccount deletes the account, then ends the session through the
// app's own helper.
func (app *App) closeAccount(w http.ResponseWriter, r *http.Request) {
	if err := session.End(r.Context()); err != nil {
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
