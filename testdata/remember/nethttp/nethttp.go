// want package:`remember\(accepted remember_token, issued remember_token by nethttp.App.login\)`

// Package nethttp checks remember-me cookies with net/http and scs: a
// login that issues a "remember_token" cookie, whose record the app keeps,
// and middleware that signs the user back in with it. A logout that
// destroys the session but leaves the record is reported; one that
// deletes the record, or hands the cookie's value to the app's code, is
// not.
package nethttp

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/alexedwards/scs/v2"
)

type App struct {
	sm     *scs.SessionManager
	db     *sql.DB
	tokens map[string]int
	// rememberTokens maps remember-me tokens to user IDs
	rememberTokens map[string]int
	store          Storer
	auth           Auth
	onLogout       func(token string)
}

// Storer is the app's user storage.
type Storer interface {
	DelRememberTokens(ctx context.Context, uid int) error
}

// Auth is the app's authentication service, implemented out of sight.
type Auth interface {
	SignOut(ctx context.Context, uid int) error
}

func (app *App) login(w http.ResponseWriter, r *http.Request) { // want login:`session\(client\)`
	app.sm.Put(r.Context(), "userID", 7)
	tok := "random"
	app.rememberTokens[tok] = 7
	http.SetCookie(w, &http.Cookie{Name: "remember_token", Value: tok, MaxAge: 30 * 24 * 3600, HttpOnly: true})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// requireUser signs the user back in from the remember-me cookie.
func (app *App) requireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !app.sm.Exists(r.Context(), "userID") {
			if c, err := r.Cookie("remember_token"); err == nil {
				if uid, ok := app.rememberTokens[c.Value]; ok {
					app.sm.Put(r.Context(), "userID", uid)
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (app *App) Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie "remember_token" set by App.login still signs the user back in \(delete the remember-me token on the server, or change the secret the cookie is signed with; expiring the cookie leaves copies of it valid\)`
	if err := app.sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	// only the browser's copy goes
	http.SetCookie(w, &http.Cookie{Name: "remember_token", Value: "", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutUntouched(w http.ResponseWriter, r *http.Request) { // want `logout handler LogoutUntouched .* leaves a remember-me credential valid on the server: the remember-me cookie "remember_token" set by App.login still signs`
	if err := app.sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutSomePaths(w http.ResponseWriter, r *http.Request) { // want `logout handler LogoutSomePaths .* still signs the user back in on some paths`
	if err := app.sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if r.URL.Query().Get("all") == "1" {
		c, _ := r.Cookie("remember_token")
		delete(app.rememberTokens, c.Value)
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutDeletesRow(w http.ResponseWriter, r *http.Request) {
	if err := app.sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	app.db.Exec("DELETE FROM remember_tokens WHERE user_id = $1", 7)
	http.SetCookie(w, &http.Cookie{Name: "remember_token", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutClearsColumn(w http.ResponseWriter, r *http.Request) {
	app.sm.Destroy(r.Context())
	app.db.Exec("UPDATE users SET remember_digest = NULL WHERE id = $1", 7)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutDeletesFromMap(w http.ResponseWriter, r *http.Request) {
	app.sm.Destroy(r.Context())
	if c, err := r.Cookie("remember_token"); err == nil {
		delete(app.rememberTokens, c.Value)
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutHandsOver(w http.ResponseWriter, r *http.Request) {
	app.sm.Destroy(r.Context())
	c, err := r.Cookie("remember_token")
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	app.forget(c.Value) // the app's code, given the cookie's value
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) forget(tok string) {
	app.tokens[tok] = 0
}

func (app *App) LogoutStorer(w http.ResponseWriter, r *http.Request) {
	app.sm.Destroy(r.Context())
	app.store.DelRememberTokens(r.Context(), 7) // named to revoke them, implemented out of sight
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutHelper(w http.ResponseWriter, r *http.Request) {
	app.sm.Destroy(r.Context())
	app.dropRemembered(r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// dropRemembered deletes the request's remember-me record.
func (app *App) dropRemembered(r *http.Request) { // want dropRemembered:`session\(kill,remember\)`
	app.db.ExecContext(r.Context(), "DELETE FROM remember_tokens WHERE user_id = $1", 7)
}

func (app *App) LogoutClearCookieHelper(w http.ResponseWriter, r *http.Request) { // want `logout handler LogoutClearCookieHelper .* "remember_token" set by App.login`
	app.sm.Destroy(r.Context())
	clearRememberCookie(w) // the browser's copy only, whatever its name says
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func clearRememberCookie(w http.ResponseWriter) { // want clearRememberCookie:`session\(client\)`
	http.SetCookie(w, &http.Cookie{Name: "remember_token", MaxAge: -1})
}

// LogoutKeepsSession leaves the session itself valid: that is the finding.
func (app *App) LogoutKeepsSession(w http.ResponseWriter, r *http.Request) { // want `logout handler LogoutKeepsSession .* leaves the session valid on the server: it only removes session values`
	app.sm.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutService(w http.ResponseWriter, r *http.Request) {
	app.sm.Destroy(r.Context())
	app.auth.SignOut(r.Context(), 7) // may revoke every credential of the user
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutHook(w http.ResponseWriter, r *http.Request) {
	app.onLogout(app.sm.Token(r.Context())) // code out of sight, given the session's token
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
