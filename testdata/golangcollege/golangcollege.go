// want package:`stores\(cookie\)`

// Package golangcollege pins down github.com/golangcollege/sessions, the
// session package of the first edition of "Let's Go": the whole session is
// an encrypted cookie, so no logout can revoke a copy of it on the server.
package golangcollege

import (
	"net/http"
	"time"

	"github.com/golangcollege/sessions"
)

type application struct {
	session *sessions.Session
	logins  map[string]time.Time // the app's own record of live logins
}

func (app *application) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/user/login", app.loginUser)
	mux.HandleFunc("/user/logout", app.logoutUser)
	mux.HandleFunc("/user/signoff", app.leave)
	return app.session.Enable(mux)
}

func newApp() *application {
	app := &application{session: sessions.New([]byte("u46IpCV9y5Vlur8YvODJEhgOY8m9JVE4"))}
	app.session.Lifetime = 12 * time.Hour
	return app
}

// Not a logout handler: never reported.
func (app *application) loginUser(w http.ResponseWriter, r *http.Request) {
	app.session.Put(r, "authenticatedUserID", 1)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The book's handler: the key is removed from the cookie, and a copy of the
// old cookie still carries it.
func (app *application) logoutUser(w http.ResponseWriter, r *http.Request) { // want `logout handler logoutUser \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)`
	app.session.Remove(r, "authenticatedUserID")
	app.session.Put(r, "flash", "You've been logged out successfully!")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Destroy only sends an expired cookie: not a server-side destroy.
func (app *application) LogoutDestroy(w http.ResponseWriter, r *http.Request) { // want `LogoutDestroy .* the session lives in a cookie store, which cannot be revoked on the server`
	app.session.Destroy(r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *application) SignOut(w http.ResponseWriter, r *http.Request) { // want `SignOut .* the session lives in a cookie store`
	if app.session.PopString(r, "user") == "" {
		http.Error(w, "not logged in", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Registered on a logout path, with a helper that destroys.
func (app *application) leave(w http.ResponseWriter, r *http.Request) { // want `leave \(registered on route "/user/signoff"\) .* the session lives in a cookie store` leave:`session\(mark,marksaved,saved\)`
	app.endSession(r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *application) endSession(r *http.Request) { // want endSession:`session\(mark,marksaved,saved\)`
	app.session.Destroy(r)
}

func (app *application) Logout(w http.ResponseWriter, r *http.Request) { // want `Logout .* nothing invalidates it \(use a server-side session store and delete the session there\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *application) LogoutCookie(w http.ResponseWriter, r *http.Request) { // want `LogoutCookie .* it only expires the cookie in the browser`
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// revokeLogin deletes the app's server-side record of the login, which
// every request checks: a copied cookie is refused after it.
//
//logoutcheck:invalidates
func (app *application) revokeLogin(r *http.Request) { // want revokeLogin:`session\(kill\)`
	delete(app.logins, app.session.GetString(r, "loginID"))
}

// Clean: the cookie is destroyed and the login revoked on the server.
func (app *application) LogoutRevoke(w http.ResponseWriter, r *http.Request) {
	app.revokeLogin(r)
	app.session.Destroy(r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
