// want package:`stores\(server\)`

// Package logout is a GOPATH-mode app whose gin and gin-contrib/sessions
// are vendored under app/vendor, so their package paths start with
// app/vendor/. Handler shapes, routes, session calls, store constructors
// and error responders must all still match.
package logout

import (
	"errors"
	"log"
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

var status = http.StatusBadRequest // not a constant: only the responder tells the error path

func Router() *gin.Engine {
	store, err := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))
	if err != nil {
		log.Fatal(err)
	}
	r := gin.New()
	r.Use(sessions.Sessions("sid", store))
	r.POST("/signout", bye)
	return r
}

func Logout(c *gin.Context) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call Options\(sessions.Options\{MaxAge: -1\}\) and Save\)`
	c.String(http.StatusOK, "Logged out")
}

// Found by its route, not its name.
func bye(c *gin.Context) { // want `logout handler bye \(registered on route "/signout"\) leaves the session valid on the server: it only removes session values` bye:`session\(clearpending,cleared,saved\)`
	s := sessions.Default(c)
	s.Clear()
	s.Save()
	c.Redirect(http.StatusFound, "/")
}

// Clean: the guard answers with an error (gin's AbortWithError), and the
// normal path deletes the session in redis.
func LogoutFull(c *gin.Context) {
	s := sessions.Default(c)
	if c.Query("confirm") != "yes" {
		c.AbortWithError(status, errors.New("not confirmed"))
		return
	}
	s.Clear()
	s.Options(sessions.Options{MaxAge: -1})
	if err := s.Save(); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Redirect(http.StatusFound, "/")
}
