// Package calls holds findings with an invalidator in reach that get no
// fix: calling it would be a guess.
package calls

import (
	"context"
	"net/http"
)

type idStore struct{}

// Drop deletes the session with the ID.
//
//logoutcheck:invalidates
func (*idStore) Drop(id string) error { return nil } // want Drop:`session\(kill\)`

type byID struct{ ids *idStore }

// Which string is the session ID?
func (b *byID) logout(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it.*; no suggested fix: no function that invalidates the session can be called here: idStore.Drop takes a string, which no value in scope is known to be`
	http.Redirect(w, r, "/", http.StatusFound)
}

type killer struct{}

// Kill deletes the session of the context.
//
//logoutcheck:invalidates
func (*killer) Kill(ctx context.Context) error { return nil } // want Kill:`session\(kill\)`

type statusSrv struct{ k *killer }

// Its results leave no way to answer the error.
func (s *statusSrv) logout(w http.ResponseWriter, r *http.Request) (int, error) { // want `nothing invalidates it.*; no suggested fix: no function that invalidates the session can be called here: killer.Kill returns an error, and the handler's results leave no way to answer it`
	return http.StatusOK, nil
}
