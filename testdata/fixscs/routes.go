package fixscs

import (
	"encoding/json"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Routes serves the handlers of this package on one session manager, so
// that their fixes can be replayed against scs (see internal/replay):
// POST /login signs alice in, GET /probe reports the session as a
// replay.State with the flash message among its values.
func Routes() http.Handler {
	a := &app{sessions: sm}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		sm.Put(r.Context(), "userID", "alice")
	})
	mux.HandleFunc("GET /probe", func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		json.NewEncoder(w).Encode(map[string]any{
			"user":   sm.GetString(ctx, "userID"),
			"loaded": sm.Exists(ctx, "userID"),
			"values": map[string]string{"flash": sm.PopString(ctx, "flash")},
		})
	})
	mux.HandleFunc("POST /a", a.logout)
	mux.HandleFunc("POST /b", a.logoutGuarded)
	mux.HandleFunc("POST /c", Logout)
	mux.Handle("POST /d", LogoutHandler(sm))
	mux.HandleFunc("POST /e", func(w http.ResponseWriter, r *http.Request) {
		if err := a.signOut(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("POST /f", a.logOff)
	e := echo.New()
	e.POST("/g", a.echoLogout)
	mux.Handle("POST /g", e)
	return sm.LoadAndSave(mux)
}
