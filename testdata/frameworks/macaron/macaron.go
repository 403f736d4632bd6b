// Package macaron pins down macaron handlers and routes, with
// go-macaron/session injected as a Store: Destory (sic) deletes the
// record, Flush only empties it.
package macaron

import (
	"net/http"

	"github.com/go-macaron/session"
	"gopkg.in/macaron.v1"
)

func New() *macaron.Macaron {
	m := macaron.Classic()
	m.Use(session.Sessioner(session.Options{Provider: "memory"}))
	m.Post("/logout", bye)
	m.Get("/signout", func(ctx *macaron.Context) { ctx.Next() }, adieu)
	m.Combo("/logoff").Get(cheerio).Post(cheerio)
	m.Route("/log-out", "GET,POST", properly)
	m.Post("/sso/logout", func(ctx *macaron.Context) { // want `logout handler func literal \(registered on route "/sso/logout"\) leaves the session valid on the server: nothing invalidates it`
		ctx.Redirect("/")
	})

	// Clean.
	m.Post("/login", login)
	m.Get("/catalog/output", login)
	return m
}

func login(ctx *macaron.Context, sess session.Store) {
	sess.Set("uid", ctx.Query("uid"))
	ctx.Redirect("/")
}

func bye(ctx *macaron.Context) { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(call Destory\(ctx\) on the session store\)`
	ctx.PlainText(http.StatusOK, []byte("logged out"))
}

func adieu(ctx *macaron.Context) { // want `logout handler adieu \(registered on route "/signout"\)`
	ctx.Redirect("/")
}

func cheerio(ctx *macaron.Context, sess session.Store) { // want `logout handler cheerio \(registered on route "/logoff"\) leaves the session valid on the server: it only removes session values` cheerio:`session\(cleared\)`
	sess.Delete("uid")
	ctx.Redirect("/")
}

// The Gitea and Gogs idiom: empty the session, then delete it.
func properly(ctx *macaron.Context, sess session.Store) { // want properly:`session\(kill,cleared\)`
	if err := sess.Flush(); err != nil {
		ctx.Error(http.StatusInternalServerError, err.Error())
		return
	}
	if err := sess.Destory(ctx); err != nil {
		ctx.Error(http.StatusInternalServerError, err.Error())
		return
	}
	ctx.Redirect("/")
}

func Logout(ctx *macaron.Context, sess session.Store) { // want Logout:`session\(kill\)`
	sess.Destory(ctx)
	ctx.Redirect("/")
}

func LogoutRegenerate(ctx *macaron.Context, sess session.Store) { // want LogoutRegenerate:`session\(kill\)`
	if _, err := sess.RegenerateId(ctx); err != nil {
		ctx.Error(http.StatusInternalServerError, err.Error())
		return
	}
	ctx.Redirect("/")
}

func LogoutFlush(ctx *macaron.Context, sess session.Store) { // want `LogoutFlush .* it only removes session values, so the session ID stays valid \(call Destory\(ctx\) on the session store\)` LogoutFlush:`session\(cleared\)`
	sess.Flush()
	ctx.Redirect("/")
}

func LogoutCookie(ctx *macaron.Context) { // want `LogoutCookie .* it only expires the cookie in the browser`
	ctx.SetCookie("MacaronSession", "", -1)
	ctx.Redirect("/")
}
