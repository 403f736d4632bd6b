// Package iris holds iris handlers that get no fix.
package iris

import (
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
)

var manager = sessions.New(sessions.Config{Cookie: "irissid"})

// The flash goes to the session that Destroy(ctx) deletes with its
// cookie: the next page would not show it.
func LogoutFlash(ctx iris.Context) { // want `it only removes session values.*; no suggested fix: the values it stores for the next request would be deleted with the session`
	s := sessions.Get(ctx)
	s.Delete("user")
	s.SetFlash("msg", "You've been logged out.")
	ctx.Redirect("/", http.StatusSeeOther)
}
