// Package flow pins down which paths of a logout handler must invalidate
// the session: the normal path, not error branches or guard clauses.
package flow

import (
	"errors"
	"log"
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func audit(r *http.Request) error { return nil }

func currentUser(r *http.Request) *string { return nil }

// The classic mistake: a logout handler that only renders a page.
func Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	w.Write([]byte("You have been logged out."))
}

func LogoutDestroy(w http.ResponseWriter, r *http.Request) {
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Destroy whose error is ignored still destroys.
func LogoutIgnoreErr(w http.ResponseWriter, r *http.Request) {
	_ = sm.Destroy(r.Context())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The Let's Go idiom: rotate the token, then drop the user.
func userLogoutPost(w http.ResponseWriter, r *http.Request) {
	if err := sm.RenewToken(r.Context()); err != nil {
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	sm.Remove(r.Context(), "authenticatedUserID")
	sm.Put(r.Context(), "flash", "You've been logged out successfully!")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutRemoveOnly(w http.ResponseWriter, r *http.Request) { // want `it only removes session values, so the session ID stays valid \(call \(\*scs.SessionManager\).Destroy\)`
	sm.Remove(r.Context(), "authenticatedUserID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutPop(w http.ResponseWriter, r *http.Request) { // want `it only removes session values`
	_ = sm.PopString(r.Context(), "user")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutClear(w http.ResponseWriter, r *http.Request) { // want `it only removes session values`
	if err := sm.Clear(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutCookieOnly(w http.ResponseWriter, r *http.Request) { // want `it only expires the cookie in the browser`
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1, Path: "/"})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Destroy runs only when the audit write fails.
func LogoutOnlyOnError(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it; the invalidation runs only on an error or early-return path \(call`
	if err := audit(r); err != nil {
		sm.Destroy(r.Context())
		http.Error(w, "audit failed", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Destroy runs only when nobody is logged in.
func LogoutOnlyWhenAnonymous(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it; the invalidation runs only on an error or early-return path \(call`
	if currentUser(r) == nil {
		sm.Destroy(r.Context())
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Destroy only when logged in: the anonymous path has nothing to do.
func LogoutWhenLoggedIn(w http.ResponseWriter, r *http.Request) {
	if currentUser(r) != nil {
		sm.Destroy(r.Context())
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Guard clauses before the logout are fine.
func LogoutGuards(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if currentUser(r) == nil {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	cookie, err := r.Cookie("session")
	if err != nil || cookie.Value == "" {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	if err := sm.Destroy(r.Context()); err != nil {
		log.Println(err)
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A GET shows a confirmation form; the POST logs out.
func LogoutConfirm(w http.ResponseWriter, r *http.Request) { // want LogoutConfirm:`session\(kill\)`
	if r.Method == http.MethodGet {
		w.Write([]byte(`<form method="post"><button>Log out</button></form>`))
		return
	}
	sm.Destroy(r.Context())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutSwitch(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		w.Write([]byte("confirm"))
	case http.MethodPost:
		sm.Destroy(r.Context())
		http.Redirect(w, r, "/", http.StatusSeeOther)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func LogoutSwitchLeak(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	switch r.Method {
	case http.MethodGet:
		w.Write([]byte("confirm"))
	case http.MethodPost:
		http.Redirect(w, r, "/", http.StatusSeeOther)
	}
}

// Only one of two normal branches destroys the session.
func LogoutSomePaths(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it on some paths`
	if r.URL.Query().Get("everywhere") == "1" {
		sm.Destroy(r.Context())
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutDeferred(w http.ResponseWriter, r *http.Request) {
	defer sm.Destroy(r.Context())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutDeferredLiteral(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if err := sm.Destroy(r.Context()); err != nil {
			log.Println(err)
		}
	}()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A Destroy inside a goroutine literal is not on the handler's path.
func LogoutInGoroutine(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	go func() {
		sm.Destroy(r.Context())
	}()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A handler that always fails has no successful path to judge.
func LogoutAlwaysFails(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "logout is disabled", http.StatusForbidden)
}

func LogoutPanics(w http.ResponseWriter, r *http.Request) {
	panic(errors.New("not implemented"))
}

func LogoutLoop(w http.ResponseWriter, r *http.Request) {
	for _, name := range []string{"a", "b"} {
		http.SetCookie(w, &http.Cookie{Name: name, MaxAge: -1})
	}
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
}
