// Package fasthttp pins down fasthttp handlers, fasthttp/router routes and
// fasthttp/session.
package fasthttp

import (
	"net/http"

	"github.com/fasthttp/router"
	"github.com/fasthttp/session/v2"
	"github.com/valyala/fasthttp"
)

var sessions = session.New(session.Config{CookieName: "sid"})

// The classic mistake: only a redirect.
func Logout(ctx *fasthttp.RequestCtx) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*session.Session\).Destroy\(ctx\)\)`
	ctx.Redirect("/", http.StatusSeeOther)
}

func LogoutDestroy(ctx *fasthttp.RequestCtx) {
	if err := sessions.Destroy(ctx); err != nil {
		ctx.Error("logout failed", http.StatusInternalServerError)
		return
	}
	ctx.Redirect("/", http.StatusSeeOther)
}

func LogoutRegenerate(ctx *fasthttp.RequestCtx) {
	_ = sessions.Regenerate(ctx)
	ctx.SetStatusCode(http.StatusNoContent)
}

// Store.Flush changes memory only: without Save nothing reaches the
// provider.
func LogoutFlush(ctx *fasthttp.RequestCtx) { // want `LogoutFlush .* the session is marked for deletion or wiped but never saved`
	store, err := sessions.Get(ctx)
	if err != nil {
		ctx.Error("no session", http.StatusInternalServerError)
		return
	}
	store.Flush()
	ctx.Redirect("/", http.StatusSeeOther)
}

// With Save, the values are gone but the ID stays valid.
func LogoutFlushSave(ctx *fasthttp.RequestCtx) { // want `LogoutFlushSave .* it only removes session values, so the session ID stays valid`
	store, err := sessions.Get(ctx)
	if err != nil {
		ctx.Error("no session", http.StatusInternalServerError)
		return
	}
	store.Delete("user")
	if err := sessions.Save(ctx, store); err != nil {
		ctx.Error("logout failed", http.StatusInternalServerError)
		return
	}
	ctx.Redirect("/", http.StatusSeeOther)
}

func LogoutCookie(ctx *fasthttp.RequestCtx) { // want `LogoutCookie .* it only expires the cookie in the browser`
	ctx.Response.Header.DelClientCookie("sid")
	ctx.Redirect("/", http.StatusSeeOther)
}

func bye(ctx *fasthttp.RequestCtx) { // want `logout handler bye \(registered on route "/account/logout"\) leaves the session valid on the server: nothing invalidates it`
	ctx.SetStatusCode(http.StatusNoContent)
}

func home(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(http.StatusOK)
}

func Routes() *router.Router {
	r := router.New()
	r.GET("/", home)
	r.POST("/logout", Logout)
	account := r.Group("/account")
	account.POST("/logout", bye)
	return r
}
