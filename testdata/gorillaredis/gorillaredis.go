// want package:`stores\(server\)`

// Package gorillaredis pins down boj/redistore, a server-side gorilla
// store with its own Delete.
package gorillaredis

import (
	"net/http"

	"github.com/boj/redistore"
)

type App struct {
	store *redistore.RediStore
}

func NewApp() (*App, error) {
	store, err := redistore.NewRediStore(10, "tcp", "localhost:6379", "", "", []byte("secret-key"))
	if err != nil {
		return nil, err
	}
	return &App{store: store}, nil
}

func (a *App) Logout(w http.ResponseWriter, r *http.Request) { // want `Logout \(name matches "logout"\) .* nothing invalidates it`
	http.Redirect(w, r, "/goodbye", http.StatusSeeOther)
}

func (a *App) LogoutDelete(w http.ResponseWriter, r *http.Request) {
	sess, err := a.store.Get(r, "session")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := a.store.Delete(r, w, sess); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *App) LogoutMaxAge(w http.ResponseWriter, r *http.Request) {
	sess, _ := a.store.Get(r, "session")
	sess.Options.MaxAge = -1
	if err := a.store.Save(r, w, sess); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *App) LogoutValues(w http.ResponseWriter, r *http.Request) { // want `LogoutValues .* it only removes session values`
	sess, _ := a.store.Get(r, "session")
	delete(sess.Values, "uid")
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
