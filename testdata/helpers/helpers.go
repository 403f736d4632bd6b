// Package helpers checks that the app's own helpers count for what they
// do to the session, through chains, methods, recursion and generics.
package helpers

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/alexedwards/scs/v2"
)

type App struct {
	sessions *scs.SessionManager
	db       *sql.DB
}

func (a *App) destroySession(ctx context.Context) error { // want destroySession:`session\(kill\)`
	return a.sessions.Destroy(ctx)
}

// A chain of helpers.
func (a *App) endSession(r *http.Request) { // want endSession:`session\(kill\)`
	if err := a.destroySession(r.Context()); err != nil {
		panic(err)
	}
}

func (a *App) Logout(w http.ResponseWriter, r *http.Request) {
	a.endSession(r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A helper that only clears a value.
func (a *App) forgetUser(ctx context.Context) { // want forgetUser:`session\(cleared\)`
	a.sessions.Remove(ctx, "userID")
}

func (a *App) LogoutForget(w http.ResponseWriter, r *http.Request) { // want `it only removes session values` LogoutForget:`handler\(session\(cleared\), store unknown, scs, judged\)`
	a.forgetUser(r.Context())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A helper that destroys only sometimes does not count.
func (a *App) maybeDestroy(ctx context.Context, all bool) {
	if all {
		a.sessions.Destroy(ctx)
	}
}

func (a *App) LogoutMaybe(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	a.maybeDestroy(r.Context(), false)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Mutual recursion converges.
func (a *App) ping(ctx context.Context, n int) { // want ping:`session\(kill\)`
	if n > 0 {
		a.pong(ctx, n-1)
		return
	}
	a.sessions.Destroy(ctx)
}

func (a *App) pong(ctx context.Context, n int) { // want pong:`session\(kill\)`
	a.ping(ctx, n)
}

func (a *App) LogoutRecursive(w http.ResponseWriter, r *http.Request) {
	a.pong(r.Context(), 3)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A directive marks a function whose effect the analyzer cannot see.
//
//logoutcheck:invalidates
func (a *App) deleteSessionRow(ctx context.Context, token string) error { // want deleteSessionRow:`session\(kill\)`
	_, err := a.db.ExecContext(ctx, "DELETE FROM sessions WHERE token = $1", token)
	return err
}

func (a *App) LogoutSQL(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := a.deleteSessionRow(r.Context(), c.Value); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Generic helpers.
type Store[T any] struct{ sm *scs.SessionManager }

func (s *Store[T]) Drop(ctx context.Context) error { // want Drop:`session\(kill\)`
	return s.sm.Destroy(ctx)
}

func dropAll[T any](ctx context.Context, s *Store[T]) { // want dropAll:`session\(kill\)`
	_ = s.Drop(ctx)
}

var store = &Store[int]{sm: scs.New()}

func LogoutGeneric(w http.ResponseWriter, r *http.Request) {
	dropAll(r.Context(), store)
}

// A logout handler that delegates to another handler is judged through it.
func (a *App) doLogout(w http.ResponseWriter, r *http.Request) {
	a.sessions.Destroy(r.Context())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *App) SignOut(w http.ResponseWriter, r *http.Request) {
	a.doLogout(w, r)
}

func (a *App) render(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("bye"))
}

func (a *App) SignOutRender(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	a.render(w, r)
}

// A method value used as a handler is still the method.
func (a *App) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/logout", a.endAndRender)
}

func (a *App) endAndRender(w http.ResponseWriter, r *http.Request) { // want `logout handler endAndRender \(registered on route "/logout"\)`
	a.render(w, r)
}
