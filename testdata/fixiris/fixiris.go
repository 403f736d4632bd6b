// Package fixiris checks the suggested fixes for iris handlers on iris's
// sessions: the manager's Destroy(ctx), which deletes the session and its
// cookie.
package fixiris

import (
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
)

var manager = sessions.New(sessions.Config{Cookie: "irissid"})

// Only a redirect: the fix goes before it.
func Logout(ctx iris.Context) { // want `nothing invalidates it`
	ctx.Redirect("/", http.StatusSeeOther)
}

// Removing the user leaves the ID valid.
func LogoutClear(ctx iris.Context) { // want `it only removes session values`
	sessions.Get(ctx).Delete("user")
	ctx.StatusCode(http.StatusNoContent)
}

// Guard clauses stay first.
func LogoutGuarded(ctx iris.Context) { // want `nothing invalidates it`
	if ctx.Method() != http.MethodPost {
		ctx.StopWithStatus(http.StatusMethodNotAllowed)
		return
	}
	ctx.Redirect("/", http.StatusSeeOther)
}
