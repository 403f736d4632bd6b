// want package:`stores\(server\)` package:`remember\(accepted remember, issued remember by gin.login\)`

// Package gin checks remember-me cookies with gin and gin-contrib's
// server-side memstore: the token is kept in Redis under a "remember:"
// key.
package gin

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
)

var rdb *redis.Client

func setup(r *gin.Engine) {
	r.Use(sessions.Sessions("sid", memstore.NewStore([]byte("secret"))))
	r.Use(remembered)
	r.POST("/login", login)
}

func login(c *gin.Context) { // want login:`session\(client\)`
	tok := "random"
	rdb.Set(c, "remember:"+tok, 7, 0)
	c.SetCookie("remember", tok, 30*24*3600, "/", "", true, true)
	c.Redirect(http.StatusSeeOther, "/")
}

// remembered signs the user back in from the remember-me cookie.
func remembered(c *gin.Context) { // want remembered:`session\(saved,remember\)`
	if tok, err := c.Cookie("remember"); err == nil {
		if uid, err := rdb.Get(c, "remember:"+tok).Int(); err == nil {
			s := sessions.Default(c)
			s.Set("uid", uid)
			s.Save()
		}
	}
	c.Next()
}

func logout(c *gin.Context) { // want `logout handler logout \(name matches "logout"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie "remember" set by login still signs the user back in`
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: -1})
	s.Save()
	c.SetCookie("remember", "", -1, "/", "", true, true)
	c.Redirect(http.StatusSeeOther, "/")
}

func signOut(c *gin.Context) {
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: -1})
	s.Save()
	if tok, err := c.Cookie("remember"); err == nil {
		rdb.Del(c, "remember:"+tok)
	}
	c.SetCookie("remember", "", -1, "/", "", true, true)
	c.Redirect(http.StatusSeeOther, "/")
}
