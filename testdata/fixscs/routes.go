package fixscs

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

// Routes serves the handlers of this package on one session manager, so
// that their fixes can be replayed against scs (internal/replay): /signin
// signs alice in, /probe reports the user and the flash message.
func Routes() http.Handler {
	a := &app{sessions: sm}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /signin", func(w http.ResponseWriter, r *http.Request) {
		sm.Put(r.Context(), "userID", "alice")
	})
	mux.HandleFunc("GET /probe", func(w http.ResponseWriter, r *http.Request) {
		v := url.Values{"user": {sm.GetString(r.Context(), "userID")}, "flash": {sm.PopString(r.Context(), "flash")}}
		fmt.Fprint(w, v.Encode())
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
