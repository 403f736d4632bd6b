// Package ctxservices pins down the custom-store name rule for service
// methods that take the framework's context, as gin apps pass it through
// their service layer: a store verb on a token- or session-named receiver
// counts, whatever the parameters, unless the method is a logout handler
// itself (judged through its own summary).
package ctxservices

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// KV is an app's key-value store: nothing tells what its writes mean.
type KV interface {
	Set(key string, value any, ttl int) error
}

var kv KV

type RefreshTokenService struct{ RefreshToken string }

// Delete revokes the refresh token (a write the analysis cannot read).
func (s *RefreshTokenService) Delete(c *gin.Context) error { // want Delete:`handler\(session\(\)\)`
	return kv.Set("rt:"+s.RefreshToken, true, 3600)
}

// Clean: Delete on a token-named service counts, though it takes the
// context.
func UserSignOut(c *gin.Context) {
	svc := &RefreshTokenService{RefreshToken: c.PostForm("refresh_token")}
	if err := svc.Delete(c); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

// SessionService.Expire returns a value too: no handler in any case.
type SessionService struct{ ID string }

func (s SessionService) Expire(c *gin.Context) (string, error) { // want Expire:`handler\(session\(\)\)`
	return "", kv.Set("expired:"+s.ID, true, 3600)
}

// Clean.
func UserLogout(c *gin.Context) {
	if _, err := (SessionService{ID: c.PostForm("id")}).Expire(c); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

type AuthAPI struct{}

// Flagged: a logout handler on an auth-named type; its name says nothing
// of what it does.
func (AuthAPI) Logout(c *gin.Context) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	c.JSON(http.StatusOK, gin.H{})
}

// Flagged: calling that handler is judged by what it does, not by its name
// (Logout is a store verb and the receiver is auth-named).
func SignOutAll(c *gin.Context) { // want `logout handler SignOutAll \(name matches "sign out"\) leaves the session valid on the server: nothing invalidates it`
	AuthAPI{}.Logout(c)
}

// Flagged: a method named for no store verb counts for nothing.
func (s *RefreshTokenService) Forget(c *gin.Context) error { // want Forget:`handler\(session\(\)\)`
	return kv.Set("forgotten:"+s.RefreshToken, true, 3600)
}

func UserSignOutForget(c *gin.Context) { // want `logout handler UserSignOutForget \(name matches "sign out"\) leaves the session valid on the server: nothing invalidates it`
	svc := &RefreshTokenService{RefreshToken: c.PostForm("refresh_token")}
	if err := svc.Forget(c); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}
