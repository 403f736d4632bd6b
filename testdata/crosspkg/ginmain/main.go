// Command ginmain builds a gin-contrib cookie store and registers the
// logout handlers of another package.
package main

import (
	"example.com/fixtures/crosspkg/ginhandlers"
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	r.Use(sessions.Sessions("s", cookie.NewStore([]byte("secret"))))
	r.GET("/logout", ginhandlers.Logout)      // want `logout handler ginhandlers.Logout \(registered on route "/logout"\) leaves the session valid on the server: the session lives in a cookie store`
	r.POST("/auth/sign-out", ginhandlers.Bye) // want `logout handler ginhandlers.Bye \(registered on route "/auth/sign-out"\) leaves the session valid on the server: the session lives in a cookie store`
	r.GET("/bye", ginhandlers.Bye)
	_ = r.Run()
}
