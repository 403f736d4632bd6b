package libraries

import (
	"net/http"
	"testing"

	"github.com/gorilla/sessions"
	"github.com/logoutcheck/logoutcheck/internal/replay"
	"gopkg.in/macaron.v1"
)

// macaronApp is a macaron app whose sessions live in a gorilla/sessions
// FilesystemStore, on the request and response macaron hands over;
// logout is the handler under test.
func macaronApp(t *testing.T, logout func(ctx *macaron.Context)) replay.App {
	store := sessions.NewFilesystemStore(t.TempDir(), sessionKey)
	m := macaron.New()
	m.Post(replay.LoginPath, func(ctx *macaron.Context) { gorillaLogin(store)(ctx.Resp, ctx.Req.Request) })
	m.Post(replay.LogoutPath, logout)
	m.Get(replay.ProbePath, func(ctx *macaron.Context) {
		sess, _ := store.Get(ctx.Req.Request, sessionName)
		replay.WriteState(ctx.Resp, gorillaState(sess))
	})
	return replay.App{Server: replay.Handler(m)}
}

func macaronProofs() []proof {
	return []proof{
		{row: "sessionAPIs (*gopkg.in/macaron.v1.Context).SetCookie", variants: []variant{
			{"FilesystemStore", func(t *testing.T, save bool) replay.App {
				return macaronApp(t, func(ctx *macaron.Context) {
					ctx.SetCookie(sessionName, "", -1, "/")
					ctx.Resp.WriteHeader(http.StatusOK)
				})
			}},
		}},
	}
}
