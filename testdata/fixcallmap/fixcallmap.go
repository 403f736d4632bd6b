// Package fixcallmap checks, by replaying them, the suggested fixes that
// call the app's own helper: the app keeps its sessions in a map of its
// own, and a helper deletes the request's record from it.
package fixcallmap

import (
	"net/http"
	"sync"
)

type store struct {
	mu       sync.Mutex
	sessions map[string]string // session ID -> signed-in user
}

var st = &store{sessions: map[string]string{}}

// sessionID is the request's session cookie, or "".
func sessionID(r *http.Request) string {
	c, err := r.Cookie("sid")
	if err != nil {
		return ""
	}
	return c.Value
}

// endSession deletes the request's session record.
func endSession(r *http.Request) { // want endSession:`session\(kill\)`
	st.mu.Lock()
	defer st.mu.Unlock()
	delete(st.sessions, sessionID(r))
}

// The browser's cookie only: the fix calls endSession before the answer.
func logout(w http.ResponseWriter, r *http.Request) { // want `it only expires the cookie in the browser`
	http.SetCookie(w, &http.Cookie{Name: "sid", Path: "/", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Nothing at all: the fix goes before the answer.
func signOut(w http.ResponseWriter, r *http.Request) { // want `nothing invalidates it`
	w.WriteHeader(http.StatusNoContent)
}
