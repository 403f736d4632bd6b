package fixcallmap

import (
	"encoding/json"
	"net/http"
)

// Routes serves the handlers of this package, so that their fixes can be
// replayed (see internal/replay): POST /login stores alice under a new
// session ID and sets the cookie, GET /probe reports the session the
// cookie names.
func Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		st.mu.Lock()
		defer st.mu.Unlock()
		id := "s" + string(rune('0'+len(st.sessions)%10)) + r.RemoteAddr
		st.sessions[id] = "alice"
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/"})
	})
	mux.HandleFunc("GET /probe", func(w http.ResponseWriter, r *http.Request) {
		st.mu.Lock()
		defer st.mu.Unlock()
		user, loaded := st.sessions[sessionID(r)]
		json.NewEncoder(w).Encode(map[string]any{"user": user, "loaded": loaded})
	})
	mux.HandleFunc("POST /logout", logout)
	mux.HandleFunc("POST /signout", signOut)
	return mux
}
