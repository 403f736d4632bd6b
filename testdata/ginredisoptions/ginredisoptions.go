// want package:`stores\(server\)`

// Package ginredisoptions checks that Options with a negative MaxAge count
// when they are passed through a variable.
package ginredisoptions

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

var expired = sessions.Options{Path: "/", MaxAge: -1}

func Router() (*gin.Engine, error) {
	store, err := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))
	if err != nil {
		return nil, err
	}
	r := gin.New()
	r.Use(sessions.Sessions("sid", store))
	return r, nil
}

// Deletes the session: nothing to report.
func Logout(c *gin.Context) {
	s := sessions.Default(c)
	s.Clear()
	s.Options(expired)
	s.Save()
	c.Redirect(http.StatusFound, "/")
}

func SignOut(c *gin.Context) {
	s := sessions.Default(c)
	opts := sessions.Options{MaxAge: -1}
	s.Options(opts)
	s.Save()
	c.Redirect(http.StatusFound, "/")
}
