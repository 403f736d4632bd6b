package libraries

import (
	"net/http"
	"testing"

	"github.com/gorilla/sessions"
	"github.com/logoutcheck/logoutcheck/internal/replay"
	"github.com/markbates/goth/gothic"
)

// gothicApp is an app that keeps its user in the gothic session
// (gothic.StoreInSession), with gothic.Store set to store; the probe
// reports the gothic session. gothic.Store is a package variable, so
// one gothic app runs at a time (a single variant).
func gothicApp(store sessions.Store) replay.App {
	gothic.Store = store
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+replay.LoginPath, func(w http.ResponseWriter, r *http.Request) {
		if err := gothic.StoreInSession("user", replay.User, r, w); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("POST "+replay.LogoutPath, func(w http.ResponseWriter, r *http.Request) {
		if err := gothic.Logout(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	})
	mux.HandleFunc("GET "+replay.ProbePath, func(w http.ResponseWriter, r *http.Request) {
		sess, _ := gothic.Store.Get(r, gothic.SessionName)
		s := replay.State{Loaded: !sess.IsNew}
		if user, err := gothic.GetFromSession("user", r); err == nil {
			s.User = user
		}
		replay.WriteState(w, s)
	})
	return replay.App{Server: replay.Handler(mux)}
}

func gothicProofs() []proof {
	return []proof{
		{row: "sessionAPIs github.com/markbates/goth/gothic.Logout", variants: []variant{
			{"FilesystemStore", func(t *testing.T, save bool) replay.App {
				return gothicApp(filesystemStore.new(t))
			}},
		}},
	}
}
