// want package:`stores\(cookie\)`

// Package gincookiehelper checks that the cookie store is taken into
// account when the deletion happens in a helper.
package gincookiehelper

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func Router() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("mysession", cookie.NewStore([]byte("secret"))))
	return r
}

func endSession(s sessions.Session) error { // want endSession:`session\(mark,marksaved,clearpending,cleared,saved\)`
	s.Clear()
	s.Options(sessions.Options{MaxAge: -1})
	return s.Save()
}

func Logout(c *gin.Context) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server`
	if err := endSession(sessions.Default(c)); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Redirect(http.StatusFound, "/")
}
