// Package svcapi registers handlers that call the service layer of
// svclayer: what its methods do counts here.
package svcapi

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/crosspkg/svclayer"
)

type BaseApi struct{}

var authService = svclayer.NewIAuthService()

// Clean: the service's LogOut deletes the session, through the interface.
func (b *BaseApi) LogOut(c *gin.Context) {
	if err := authService.LogOut(c); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

// Clean: called directly.
func SignOut(c *gin.Context) {
	if err := (&svclayer.AuthService{}).LogOut(c); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

// Flagged: the service only expires the cookie.
func LogOff(c *gin.Context) { // want `logout handler LogOff \(name matches "log off"\) leaves the session valid on the server: it only expires the cookie in the browser`
	if err := (&svclayer.AuthService{}).LogOutCookie(c); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

func Routes(r *gin.Engine, b *BaseApi) {
	r.POST("/auth/logout", b.LogOut)
	r.POST("/auth/signout", SignOut)
	r.POST("/auth/logoff", LogOff)
	r.POST("/auth/log-out", svclayer.AuthAPI{}.Logout)
}
