// Command notes is a small note-taking web app. It is logoutcheck's
// example: some of its logout handlers are right, some are not.
package main

import (
	"log"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"

	"example.com/notes/internal/admin"
	"example.com/notes/internal/api"
	"example.com/notes/internal/session"
	"example.com/notes/internal/web"
)

func main() {
	sm := scs.New()
	sm.Store = memstore.New()
	sm.Lifetime = 12 * time.Hour
	session.Manager = sm

	app := &web.App{Sessions: sm}
	mux := http.NewServeMux()
	app.Routes(mux)
	admin.Routes(mux)
	api.NewServer(api.NewTokenStore()).Routes(mux)

	log.Fatal(http.ListenAndServe("127.0.0.1:4000", sm.LoadAndSave(mux)))
}
