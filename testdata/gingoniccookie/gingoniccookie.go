// want package:`stores\(cookie\)`

// Package gingoniccookie pins down gin with the deprecated
// github.com/gin-gonic/contrib/sessions on its cookie store: everything
// lives in the signed cookie.
package gingoniccookie

import (
	"net/http"

	"github.com/gin-gonic/contrib/sessions"
	"github.com/gin-gonic/gin"
)

var revoked = map[string]bool{} // the app's server-side list of revoked logins

func Router() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("mysession", sessions.NewCookieStore([]byte("secret"))))
	r.POST("/login", login)
	r.GET("/logout", Logout)
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

func Logout(c *gin.Context) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(use a server-side session store and delete the session there\)`
	c.HTML(http.StatusOK, "logout.tmpl", gin.H{"message": "You have been logged out"})
}

// im7mortal/gowall's handlerLogout does Delete then Save.
func LogoutDeleteSave(c *gin.Context) { // want `logout handler LogoutDeleteSave \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)`
	session := sessions.Default(c)
	session.Delete("public")
	session.Save()
	c.Redirect(http.StatusFound, "/")
}

func LogoutFull(c *gin.Context) { // want `LogoutFull .* the session lives in a cookie store`
	session := sessions.Default(c)
	session.Clear()
	session.Options(sessions.Options{Path: "/", MaxAge: -1})
	if err := session.Save(); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "failed to log out"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"message": "logged out"})
}

func LogoutClearOnly(c *gin.Context) { // want `LogoutClearOnly .* the session is marked for deletion or wiped but never saved \(use a server-side session store and delete the session there\)`
	sessions.Default(c).Clear()
	c.Redirect(http.StatusFound, "/")
}

func LogoutCookie(c *gin.Context) { // want `LogoutCookie .* it only expires the cookie in the browser`
	c.SetCookie("mysession", "", -1, "/", "", false, true)
	c.Redirect(http.StatusFound, "/")
}

// revoke records the login as revoked on the server; a middleware refuses
// revoked logins, so a copied cookie is useless after it.
//
//logoutcheck:invalidates
func revoke(s sessions.Session) { // want revoke:`session\(kill\)`
	if id, ok := s.Get("loginID").(string); ok {
		revoked[id] = true
	}
}

// Clean: the login is revoked on the server as well.
func LogoutRevoke(c *gin.Context) {
	session := sessions.Default(c)
	revoke(session)
	session.Clear()
	session.Save()
	c.Redirect(http.StatusFound, "/")
}
