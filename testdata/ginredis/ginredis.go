// want package:`stores\(server\)`

// Package ginredis pins down gin with gin-contrib/sessions on its redis
// store (redistore underneath): a saved negative MaxAge deletes the key.
package ginredis

import (
	"log"
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func Router() *gin.Engine {
	store, err := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))
	if err != nil {
		log.Fatal(err)
	}
	r := gin.New()
	r.Use(sessions.Sessions("sid", store))
	return r
}

func Logout(c *gin.Context) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	c.String(http.StatusOK, "Logged out")
}

func LogoutFull(c *gin.Context) {
	session := sessions.Default(c)
	session.Clear()
	session.Options(sessions.Options{Path: "/", MaxAge: -1})
	if err := session.Save(); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Redirect(http.StatusFound, "/")
}

func LogoutOptions(c *gin.Context) {
	session := sessions.Default(c)
	session.Options(sessions.Options{MaxAge: -1})
	session.Save()
	c.Status(http.StatusNoContent)
}

func LogoutClear(c *gin.Context) { // want `LogoutClear .* it only removes session values, so the session ID stays valid \(call Options\(sessions.Options\{MaxAge: -1\}\) and Save\)`
	session := sessions.Default(c)
	session.Clear()
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Redirect(http.StatusFound, "/")
}

func LogoutDelete(c *gin.Context) { // want `LogoutDelete .* it only removes session values`
	session := sessions.Default(c)
	session.Delete("userID")
	session.Save()
	c.Redirect(http.StatusFound, "/")
}

func LogoutDeleteUnsaved(c *gin.Context) { // want `LogoutDeleteUnsaved .* marked for deletion or wiped but never saved`
	session := sessions.Default(c)
	session.Delete("userID")
	c.Redirect(http.StatusFound, "/")
}

// A helper that is not a handler: its effect is exported as a fact and
// counts in the handler that calls it.
func endSession(s sessions.Session) error { // want endSession:`session\(mark,marksaved,clearpending,cleared,saved\)`
	s.Clear()
	s.Options(sessions.Options{MaxAge: -1})
	return s.Save()
}

func LogoutHelper(c *gin.Context) {
	if err := endSession(sessions.Default(c)); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Redirect(http.StatusFound, "/")
}

// A GET confirms; only the POST logs out, by comma-ok on the user.
func LogoutTwoStep(c *gin.Context) {
	if c.Request.Method == http.MethodGet {
		c.HTML(http.StatusOK, "confirm_logout.tmpl", nil)
		return
	}
	session := sessions.Default(c)
	if _, ok := session.Get("user").(string); !ok {
		c.Redirect(http.StatusFound, "/login")
		return
	}
	session.Options(sessions.Options{MaxAge: -1})
	session.Save()
	c.Redirect(http.StatusFound, "/")
}

// Without a user there is nothing to log out.
func LogoutGuard(c *gin.Context) {
	session := sessions.Default(c)
	user := session.Get("user")
	if user == nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "not logged in"})
		return
	}
	session.Options(sessions.Options{MaxAge: -1})
	session.Save()
	c.JSON(http.StatusOK, gin.H{"message": "bye"})
}
