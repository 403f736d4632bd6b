// want package:`stores\(server\)`

// Package routesgin pins down logout handlers found by their gin route:
// verbs with middleware before the handler, Handle, Match, Any, and
// (nested) groups.
package routesgin

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

func authRequired() gin.HandlerFunc {
	return func(c *gin.Context) { c.Next() }
}

func Router() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("sid", memstore.NewStore([]byte("secret"))))
	r.POST("/logout", bye)
	r.GET("/signout", authRequired(), adieu)
	r.Handle(http.MethodPost, "/logoff", cheerio)
	r.Match([]string{http.MethodGet, http.MethodPost}, "/log-out", done)
	r.Any("/logout-all", everywhere)

	auth := r.Group("/auth")
	{
		auth.POST("/login", login)
		auth.POST("/sign-out", farewell)
	}
	api := r.Group("/api")
	v1 := api.Group("/v1", authRequired())
	v1.DELETE("/session/logout", stop)
	r.Group("/logout").POST("", leave)

	r.POST("/sso/logout", func(c *gin.Context) { // want `logout handler func literal \(registered on route "/sso/logout"\) leaves the session valid on the server: nothing invalidates it`
		c.Redirect(http.StatusFound, "/")
	})

	// Clean.
	r.POST("/logout/ok", properly)
	r.GET("/catalog/output", login)
	r.GET("/:logout", login)
	return r
}

func bye(c *gin.Context) { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(call Options\(sessions.Options\{MaxAge: -1\}\) and Save\)`
	c.HTML(http.StatusOK, "logged_out.tmpl", nil)
}

func adieu(c *gin.Context) { // want `logout handler adieu \(registered on route "/signout"\)`
	c.Redirect(http.StatusFound, "/")
}

func cheerio(c *gin.Context) { // want `logout handler cheerio \(registered on route "/logoff"\)`
	c.Redirect(http.StatusFound, "/")
}

func done(c *gin.Context) { // want `logout handler done \(registered on route "/log-out"\) leaves the session valid on the server: it only expires the cookie in the browser` done:`session\(client\)`
	c.SetCookie("sid", "", -1, "/", "", true, true)
	c.Redirect(http.StatusFound, "/")
}

func everywhere(c *gin.Context) { // want `logout handler everywhere \(registered on route "/logout-all"\)`
	c.Status(http.StatusNoContent)
}

func farewell(c *gin.Context) { // want `logout handler farewell \(registered on route "/auth/sign-out"\) leaves the session valid on the server: it only removes session values` farewell:`session\(clearpending,cleared,saved\)`
	s := sessions.Default(c)
	s.Delete("user")
	s.Save()
	c.Status(http.StatusNoContent)
}

func stop(c *gin.Context) { // want `logout handler stop \(registered on route "/api/v1/session/logout"\)`
	c.Status(http.StatusNoContent)
}

func leave(c *gin.Context) { // want `logout handler leave \(registered on route "/logout"\)`
	c.Status(http.StatusNoContent)
}

func login(c *gin.Context) { // want login:`session\(saved\)`
	s := sessions.Default(c)
	s.Set("user", c.PostForm("user"))
	s.Save()
}

func properly(c *gin.Context) { // want properly:`session\(mark,marksaved,clearpending,cleared,saved\)`
	s := sessions.Default(c)
	s.Clear()
	s.Options(sessions.Options{MaxAge: -1})
	if err := s.Save(); err != nil {
		c.AbortWithError(http.StatusInternalServerError, err)
		return
	}
	c.Redirect(http.StatusFound, "/")
}
