// Package ginhandlers logs out with gin-contrib sessions whose store is
// built by the packages that register the routes.
package ginhandlers

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

// Logout is clean with a server-side store: it is judged again where the
// store is known.
func Logout(c *gin.Context) { // want Logout:`handler\(session\(mark,marksaved,saved\), store unknown, gin-contrib/sessions, judged\)`
	s := sessions.Default(c)
	s.Options(sessions.Options{Path: "/", MaxAge: -1})
	if err := s.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Redirect(http.StatusFound, "/")
}

// Bye is not logout-like by name; the routes say it is.
func Bye(c *gin.Context) { // want Bye:`handler\(session\(mark,marksaved,saved\), store unknown, gin-contrib/sessions\)` Bye:`session\(mark,marksaved,saved\)`
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: -1})
	_ = s.Save()
	c.Redirect(http.StatusFound, "/")
}
