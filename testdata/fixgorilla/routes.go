package fixgorilla

import (
	"encoding/json"
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

// Routes serves the handlers of this package on a FilesystemStore in a
// new directory, so that their fixes can be replayed against
// gorilla/sessions and echo-contrib (see internal/replay): POST /login
// signs alice in, GET /probe reports the session as a replay.State.
func Routes() http.Handler {
	dir, err := os.MkdirTemp("", "fixgorilla-")
	if err != nil {
		panic(err)
	}
	store = sessions.NewFilesystemStore(dir, []byte("key"))
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		sess, _ := store.Get(r, "app")
		sess.Values["user"] = "alice"
		if err := sess.Save(r, w); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("GET /probe", func(w http.ResponseWriter, r *http.Request) {
		sess, _ := store.Get(r, "app")
		user, _ := sess.Values["user"].(string)
		json.NewEncoder(w).Encode(map[string]any{"user": user, "loaded": !sess.IsNew})
	})
	mux.HandleFunc("POST /a", Logout)
	mux.HandleFunc("POST /b", LogoutUnsaved)
	e := echo.New()
	e.Use(session.Middleware(store))
	e.POST("/c", EchoLogout)
	mux.Handle("POST /c", e)
	return mux
}
