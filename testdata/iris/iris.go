// Package iris pins down iris v12 handlers, routes and sessions.
package iris

import (
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
)

var sess = sessions.New(sessions.Config{Cookie: "sid"})

// The classic mistake: only a redirect.
func Logout(ctx iris.Context) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call Destroy\(ctx\) on the Sessions manager, which also removes the cookie\)`
	ctx.Redirect("/", http.StatusSeeOther)
}

func LogoutManager(ctx iris.Context) {
	sess.Destroy(ctx)
	ctx.Redirect("/", http.StatusSeeOther)
}

func LogoutSession(ctx iris.Context) {
	sessions.Get(ctx).Destroy()
	ctx.Redirect("/", http.StatusSeeOther)
}

// Clear empties the session in the database; its ID stays valid.
func LogoutClear(ctx iris.Context) { // want `LogoutClear .* it only removes session values, so the session ID stays valid`
	sessions.Get(ctx).Clear()
	ctx.Redirect("/", http.StatusSeeOther)
}

func LogoutCookie(ctx iris.Context) { // want `LogoutCookie .* it only expires the cookie in the browser`
	ctx.RemoveCookie("sid")
	ctx.Redirect("/", http.StatusSeeOther)
}

// A new session: nobody is signed in, nothing to log out.
func SignOut(ctx iris.Context) {
	s := sessions.Get(ctx)
	if s.IsNew() {
		ctx.Redirect("/", http.StatusSeeOther)
		return
	}
	s.Destroy()
	ctx.Redirect("/", http.StatusSeeOther)
}

// ctx.Logout runs the logout function a middleware registered (the JWT
// verifier's puts the token on its blocklist).
func LogoutJWT(ctx iris.Context) {
	if err := ctx.Logout(); err != nil {
		ctx.StopWithError(http.StatusInternalServerError, err)
		return
	}
	ctx.Redirect("/", http.StatusSeeOther)
}

// An error branch is not a normal path.
func LogoutChecked(ctx iris.Context) {
	if ctx.GetHeader("X-Requested-With") == "" {
		ctx.StopWithStatus(http.StatusBadRequest)
		return
	}
	sess.Destroy(ctx)
	ctx.StatusCode(http.StatusNoContent)
}

func bye(ctx iris.Context) { // want `logout handler bye \(registered on route "/user/exit/logout"\) leaves the session valid on the server: nothing invalidates it`
	ctx.Redirect("/", http.StatusSeeOther)
}

func farewell(ctx iris.Context) { // want `logout handler farewell \(registered on route "/account/sign-out"\) leaves the session valid on the server: nothing invalidates it`
	ctx.Redirect("/", http.StatusSeeOther)
}

func Routes(app *iris.Application) {
	app.Use(sess.Handler())
	app.Get("/logout", Logout)
	user := app.Party("/user")
	user.Party("/exit").Post("/logout", bye)
	app.PartyFunc("/account", func(p iris.Party) {
		p.Post("/sign-out", farewell)
	})
}
