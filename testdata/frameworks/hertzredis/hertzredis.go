// want package:`stores\(server\)`

// Package hertzredis pins down hertz handlers and routes, with
// hertz-contrib/sessions on its redis store: a saved negative MaxAge
// deletes the record.
package hertzredis

import (
	"context"
	"log"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/protocol"
	"github.com/hertz-contrib/sessions"
	"github.com/hertz-contrib/sessions/redis"
)

func authRequired() app.HandlerFunc {
	return func(ctx context.Context, c *app.RequestContext) { c.Next(ctx) }
}

func Router() *server.Hertz {
	store, err := redis.NewStore(10, "tcp", "localhost:6379", "", []byte("secret"))
	if err != nil {
		log.Fatal(err)
	}
	h := server.Default()
	h.Use(sessions.Sessions("sid", store))
	h.POST("/logout", bye)
	h.GET("/signout", authRequired(), adieu)
	h.POSTEX("/logoff", cheerio, "cheerio")
	h.Handle(http.MethodPost, "/log-out", properly)
	auth := h.Group("/auth", authRequired())
	auth.POST("/sign-out", farewell)
	h.POST("/sso/logout", func(ctx context.Context, c *app.RequestContext) { // want `logout handler func literal \(registered on route "/sso/logout"\) leaves the session valid on the server: nothing invalidates it`
		c.Redirect(http.StatusFound, []byte("/"))
	})

	// Clean.
	h.POST("/login", login)
	h.POST("/catalog/output", login)
	return h
}

func login(ctx context.Context, c *app.RequestContext) { // want login:`session\(saved\)`
	session := sessions.Default(c)
	session.Set("user", string(c.FormValue("user")))
	if err := session.Save(); err != nil {
		_ = c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Redirect(http.StatusFound, []byte("/"))
}

func bye(ctx context.Context, c *app.RequestContext) { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(call Options\(sessions.Options\{MaxAge: -1\}\) and Save\)`
	c.String(http.StatusOK, "logged out")
}

func adieu(ctx context.Context, c *app.RequestContext) { // want `logout handler adieu \(registered on route "/signout"\)`
	c.Redirect(http.StatusFound, []byte("/"))
}

func cheerio(ctx context.Context, c *app.RequestContext) { // want `logout handler cheerio \(registered on route "/logoff"\)`
	c.Redirect(http.StatusFound, []byte("/"))
}

func farewell(ctx context.Context, c *app.RequestContext) { // want `logout handler farewell \(registered on route "/auth/sign-out"\)`
	c.JSON(http.StatusOK, map[string]string{"status": "bye"})
}

// The documented recipe: clear, expire and save.
func properly(ctx context.Context, c *app.RequestContext) { // want properly:`session\(mark,marksaved,clearpending,cleared,saved\)`
	session := sessions.Default(c)
	session.Clear()
	session.Options(sessions.Options{Path: "/", MaxAge: -1})
	if err := session.Save(); err != nil {
		_ = c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Redirect(http.StatusFound, []byte("/"))
}

func Logout(ctx context.Context, c *app.RequestContext) {
	session := sessions.Default(c)
	session.Options(sessions.Options{MaxAge: -1})
	_ = session.Save()
	c.Status(http.StatusNoContent)
}

func LogoutClear(ctx context.Context, c *app.RequestContext) { // want `LogoutClear .* it only removes session values, so the session ID stays valid \(call Options\(sessions.Options\{MaxAge: -1\}\) and Save\)`
	session := sessions.Default(c)
	session.Clear()
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Redirect(http.StatusFound, []byte("/"))
}

func LogoutUnsaved(ctx context.Context, c *app.RequestContext) { // want `LogoutUnsaved .* marked for deletion or wiped but never saved`
	session := sessions.Default(c)
	session.Delete("user")
	session.Options(sessions.Options{MaxAge: -1})
	c.Redirect(http.StatusFound, []byte("/"))
}

func LogoutCookie(ctx context.Context, c *app.RequestContext) { // want `LogoutCookie .* it only expires the cookie in the browser`
	c.SetCookie("sid", "", -1, "/", "", protocol.CookieSameSiteLaxMode, true, true)
	c.Redirect(http.StatusFound, []byte("/"))
}
