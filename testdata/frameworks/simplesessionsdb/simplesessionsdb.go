// want package:`stores\(server\)`

// Package simplesessionsdb pins down the memory and postgres stores of
// zerodha/simplesessions v3, whose own Destroy deletes the record of an
// ID.
package simplesessionsdb

import (
	"database/sql"
	"net/http"

	"github.com/zerodha/simplesessions/stores/memory/v3"
	"github.com/zerodha/simplesessions/stores/postgres/v3"
	"github.com/zerodha/simplesessions/v3"
)

type app struct {
	sessions *simplesessions.Manager
	mem      *memory.Store
	pg       *postgres.Store
}

func newApp(db *sql.DB) (*app, error) {
	pg, err := postgres.New(postgres.Opt{Table: "sessions"}, db)
	if err != nil {
		return nil, err
	}
	a := &app{sessions: simplesessions.New(simplesessions.Options{}), mem: memory.New(), pg: pg}
	a.sessions.UseStore(a.pg)
	return a, nil
}

func (a *app) routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /logout", a.bye)
	mux.HandleFunc("POST /signout", a.adieu)
	mux.HandleFunc("POST /logoff", a.cheerio)
}

func (a *app) bye(w http.ResponseWriter, r *http.Request) { // want bye:`session\(kill\)`
	sess, err := a.sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := a.pg.Destroy(sess.ID()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) adieu(w http.ResponseWriter, r *http.Request) { // want adieu:`session\(kill\)`
	sess, err := a.sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	a.mem.Destroy(sess.ID())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Reading the values deletes nothing.
func (a *app) cheerio(w http.ResponseWriter, r *http.Request) { // want `logout handler cheerio \(registered on route "POST /logoff"\) leaves the session valid on the server: nothing invalidates it \(call \(\*simplesessions.Session\).Destroy\)`
	sess, err := a.sessions.Acquire(r.Context(), r, w)
	if err != nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if _, err := sess.GetAll(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
