// want package:`remember\(accepted remember, issued remember by iris.login\)`

// Package iris checks remember-me cookies with iris and its sessions,
// the tokens kept in a map of the app's.
package iris

import (
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
)

var (
	sess           = sessions.New(sessions.Config{Cookie: "sid"})
	rememberTokens = map[string]string{}
)

func login(ctx iris.Context) {
	tok := ctx.FormValue("device")
	rememberTokens[tok] = ctx.FormValue("user")
	ctx.SetCookieKV("remember", tok)
	ctx.Redirect("/", http.StatusSeeOther)
}

func remembered(ctx iris.Context) {
	if user, ok := rememberTokens[ctx.GetCookie("remember")]; ok {
		sess.Start(ctx).Set("user", user)
	}
	ctx.Next()
}

func logout(ctx iris.Context) { // want `logout handler logout \(name matches "logout"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie "remember" set by login still signs the user back in`
	sess.Destroy(ctx)
	ctx.RemoveCookie("remember")
	ctx.Redirect("/", http.StatusSeeOther)
}

func signOut(ctx iris.Context) {
	sess.Destroy(ctx)
	delete(rememberTokens, ctx.GetCookie("remember"))
	ctx.RemoveCookie("remember")
	ctx.Redirect("/", http.StatusSeeOther)
}
