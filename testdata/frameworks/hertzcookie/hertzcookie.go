// want package:`stores\(cookie\)`

// Package hertzcookie pins down hertz with hertz-contrib/sessions on its
// cookie store: the whole session is the signed cookie.
package hertzcookie

import (
	"context"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/hertz-contrib/sessions"
	"github.com/hertz-contrib/sessions/cookie"
)

func Router() *server.Hertz {
	h := server.New()
	h.Use(sessions.Sessions("sid", cookie.NewStore([]byte("secret"))))
	h.POST("/logout", Logout)
	return h
}

// The documented recipe, but on a cookie store.
func Logout(ctx context.Context, c *app.RequestContext) { // want `Logout .* the session lives in a cookie store, which cannot be revoked on the server`
	session := sessions.Default(c)
	session.Clear()
	session.Options(sessions.Options{Path: "/", MaxAge: -1})
	if err := session.Save(); err != nil {
		_ = c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Redirect(http.StatusFound, []byte("/"))
}

// Not a logout: nothing to report.
func Profile(ctx context.Context, c *app.RequestContext) { // want Profile:`handler\(session\(\), hertz-contrib/sessions\)`
	c.String(http.StatusOK, "%v", sessions.Default(c).Get("user"))
}
