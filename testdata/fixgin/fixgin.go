// want package:`stores\(server\)`

// Package fixgin checks the suggested fixes for gin-contrib/sessions with
// a server-side store.
package fixgin

import (
	gsessions "github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

func Setup(r *gin.Engine) {
	r.Use(gsessions.Sessions("app", memstore.NewStore([]byte("secret"))))
	r.POST("/logout", Logout)
	r.POST("/signout", SignOut)
}

// Values wiped and saved: the session ID survives.
func Logout(c *gin.Context) { // want `it only removes session values`
	s := gsessions.Default(c)
	s.Clear()
	s.Save()
	c.Redirect(302, "/")
}

// Wiped but never saved.
func SignOut(c *gin.Context) { // want `never saved`
	s := gsessions.Default(c)
	s.Clear()
	c.JSON(200, gin.H{"ok": true})
}
