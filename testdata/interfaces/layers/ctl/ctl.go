// Package ctl checks that a handler handing the credential to a service
// method that hands it on to a repository out of sight is not reported.
package ctl

import (
	"net/http"

	"example.com/fixtures/interfaces/layers/mw"
	"example.com/fixtures/interfaces/layers/svc"
)

type UserController struct {
	auth   *svc.AuthService
	repo   svc.AuthRepo
	forget svc.Forgetter
}

// The token from the app's own extractor, through the service.
func (uc *UserController) Logout(w http.ResponseWriter, r *http.Request) {
	tok := mw.ExtractToken(r)
	if tok == "" {
		http.Error(w, "no token", http.StatusUnauthorized)
		return
	}
	_ = uc.auth.DropUserCache(r.Context(), tok)
	w.WriteHeader(http.StatusNoContent)
}

// The cookie, through the method that mirrors the interface.
func (uc *UserController) LogoutMirror(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("sid")
	if err != nil {
		http.Error(w, "no session", http.StatusBadRequest)
		return
	}
	_ = uc.auth.RemoveUserCacheInfo(r.Context(), ck.Value)
	w.WriteHeader(http.StatusNoContent)
}

// Two methods deep.
func (uc *UserController) SignOut(w http.ResponseWriter, r *http.Request) {
	_ = uc.auth.Logout(r.Context(), mw.ExtractToken(r))
	w.WriteHeader(http.StatusNoContent)
}

// The interface called directly: the service that mirrors it is not an
// implementation, so none is in sight.
func (uc *UserController) LogoutRepo(w http.ResponseWriter, r *http.Request) {
	_ = uc.repo.RemoveUserCacheInfo(r.Context(), mw.ExtractToken(r))
	w.WriteHeader(http.StatusNoContent)
}

// A method that keeps the token to itself revokes nothing.
func (uc *UserController) LogoutTouch(w http.ResponseWriter, r *http.Request) { // want `LogoutTouch .* nothing invalidates it`
	uc.auth.Touch(mw.ExtractToken(r))
	w.WriteHeader(http.StatusNoContent)
}

// Nor one that hands it off on some paths only.
func (uc *UserController) LogoutMaybe(w http.ResponseWriter, r *http.Request) { // want `LogoutMaybe .* nothing invalidates it`
	_ = uc.auth.MaybeDrop(r.Context(), mw.ExtractToken(r), r.FormValue("all") == "1")
	w.WriteHeader(http.StatusNoContent)
}

// Given something else than the credential, the hand-off is no reason to
// stay silent.
func (uc *UserController) LogoutOther(w http.ResponseWriter, r *http.Request) { // want `LogoutOther .* nothing invalidates it`
	_ = uc.auth.DropUserCache(r.Context(), mw.ClientAddr(r))
	w.WriteHeader(http.StatusNoContent)
}

// A lookup, through the service or the interface, revokes nothing.
func (uc *UserController) LogoutLookup(w http.ResponseWriter, r *http.Request) { // want `LogoutLookup .* nothing invalidates it`
	_, _ = uc.auth.GetUserCacheInfo(r.Context(), mw.ExtractToken(r))
	_, _ = uc.repo.GetUserCacheInfo(r.Context(), mw.ExtractToken(r))
	w.WriteHeader(http.StatusNoContent)
}

// An implementation in sight, used as one, that does nothing: judged by
// what it does.
func (uc *UserController) LogoutNoop(w http.ResponseWriter, r *http.Request) { // want `LogoutNoop .* nothing invalidates it`
	_ = uc.forget.Forget(mw.ExtractToken(r))
	w.WriteHeader(http.StatusNoContent)
}
