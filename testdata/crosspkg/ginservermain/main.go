// Command ginservermain registers the same handlers with a server-side
// store: their saved negative MaxAge deletes the record, nothing to report.
package main

import (
	"example.com/fixtures/crosspkg/ginhandlers"
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.Use(sessions.Sessions("s", memstore.NewStore([]byte("secret"))))
	r.GET("/logout", ginhandlers.Logout)
	r.POST("/auth/sign-out", ginhandlers.Bye)
	_ = r.Run()
}
