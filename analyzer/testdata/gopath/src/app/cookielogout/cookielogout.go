// want package:`stores\(cookie\)`

// Package cookielogout is a GOPATH-mode app with a vendored gin-contrib
// cookie store: the store constructor must be recognised through the
// vendored path.
package cookielogout

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func Router() *gin.Engine {
	r := gin.New()
	r.Use(sessions.Sessions("sid", cookie.NewStore([]byte("secret"))))
	r.GET("/logout", logout)
	return r
}

func logout(c *gin.Context) { // want `logout handler logout \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server`
	s := sessions.Default(c)
	s.Clear()
	s.Options(sessions.Options{MaxAge: -1})
	s.Save()
	c.Redirect(http.StatusFound, "/")
}

// Not a logout handler: never reported.
func Home(c *gin.Context) { // want Home:`handler\(session\(\), gin-contrib/sessions\)`
	c.String(http.StatusOK, "%v", sessions.Default(c).Get("user"))
}
