// want package:`stores\(server\)`

// Package gingonicredis pins down gin with the deprecated
// github.com/gin-gonic/contrib/sessions on its redis store (redistore
// underneath): a saved negative MaxAge deletes the key.
package gingonicredis

import (
	"log"
	"net/http"

	"github.com/gin-gonic/contrib/sessions"
	"github.com/gin-gonic/gin"
)

func Router() *gin.Engine {
	store, err := sessions.NewRedisStore(10, "tcp", "localhost:6379", "", []byte("secret"))
	if err != nil {
		log.Fatal(err)
	}
	r := gin.New()
	r.Use(sessions.Sessions("sid", store))
	return r
}

func Logout(c *gin.Context) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call Clear, Options\(sessions.Options\{MaxAge: -1\}\) and Save\)`
	c.String(http.StatusOK, "Logged out")
}

// Clean: Clear marks the session written, so Save deletes the redis key.
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

// im7mortal/gowall's handlerLogout: the key goes, the session ID stays.
func LogoutDelete(c *gin.Context) { // want `LogoutDelete .* it only removes session values, so the session ID stays valid \(call Clear, Options\(sessions.Options\{MaxAge: -1\}\) and Save\)`
	session := sessions.Default(c)
	session.Delete("public")
	session.Save()
	c.Redirect(http.StatusFound, "/")
}

func LogoutDeleteUnsaved(c *gin.Context) { // want `LogoutDeleteUnsaved .* marked for deletion or wiped but never saved`
	session := sessions.Default(c)
	session.Delete("userID")
	c.Redirect(http.StatusFound, "/")
}

func endSession(s sessions.Session) error { // want endSession:`session\(mark,marksaved,clearpending,cleared,saved\)`
	s.Clear()
	s.Options(sessions.Options{MaxAge: -1})
	return s.Save()
}

// Clean: through a helper.
func LogoutHelper(c *gin.Context) {
	if err := endSession(sessions.Default(c)); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Redirect(http.StatusFound, "/")
}

// Not a logout handler: never reported.
func Profile(c *gin.Context) { // want Profile:`handler\(session\(\), gin-gonic/contrib/sessions\)`
	c.String(http.StatusOK, "%v", sessions.Default(c).Get("user"))
}
