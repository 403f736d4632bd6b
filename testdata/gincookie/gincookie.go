// want package:`stores\(cookie\)`

// Package gincookie pins down gin with gin-contrib/sessions on its cookie
// store: everything lives in the signed cookie.
package gincookie

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func Router() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("mysession", cookie.NewStore([]byte("secret"))))
	r.POST("/login", login)
	return r
}

func login(c *gin.Context) { // want login:`session\(saved\)`
	session := sessions.Default(c)
	session.Set("user", c.PostForm("user"))
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Redirect(http.StatusFound, "/")
}

// The classic mistake: only a "logged out" page.
func Logout(c *gin.Context) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(use a server-side session store and delete the session there\)`
	c.HTML(http.StatusOK, "logout.tmpl", gin.H{"message": "You have been logged out"})
}

// The documented recipe, but on a cookie store.
func LogoutFull(c *gin.Context) { // want `LogoutFull .* the session lives in a cookie store, which cannot be revoked on the server`
	session := sessions.Default(c)
	session.Clear()
	session.Options(sessions.Options{Path: "/", MaxAge: -1})
	if err := session.Save(); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "failed to log out"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"message": "logged out"})
}

func LogoutClearSave(c *gin.Context) { // want `LogoutClearSave .* the session lives in a cookie store`
	session := sessions.Default(c)
	session.Clear()
	session.Save()
	c.Redirect(http.StatusFound, "/")
}

func SignOut(c *gin.Context) { // want `SignOut .* the session lives in a cookie store`
	session := sessions.Default(c)
	if session.Get("user") == nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid session token"})
		return
	}
	session.Delete("user")
	if err := session.Save(); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "failed to save session"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"message": "successfully logged out"})
}

// Clear without Save changes nothing at all.
func LogoutClearOnly(c *gin.Context) { // want `LogoutClearOnly .* the session is marked for deletion or wiped but never saved \(use a server-side session store and delete the session there\)`
	session := sessions.Default(c)
	session.Clear()
	c.Redirect(http.StatusFound, "/")
}

func LogoutOptionsOnly(c *gin.Context) { // want `LogoutOptionsOnly .* marked for deletion or wiped but never saved`
	sessions.Default(c).Options(sessions.Options{MaxAge: -1})
	c.Redirect(http.StatusFound, "/")
}

func LogoutCookie(c *gin.Context) { // want `LogoutCookie .* it only expires the cookie in the browser`
	c.SetCookie("mysession", "", -1, "/", "", false, true)
	c.Redirect(http.StatusFound, "/")
}
