// want package:`converts\(example.com/fixtures/crosspkg/svclayer.AuthService\|example.com/fixtures/crosspkg/svclayer.IAuthService.LogOut example.com/fixtures/crosspkg/svclayer.AuthService\|example.com/fixtures/crosspkg/svclayer.IAuthService.LogOutCookie\)`

// Package svclayer is an app's service layer that takes the framework's
// context, as gin apps' services do: its logout-named methods are helpers
// of the handlers that call them in another package, not handlers, and
// their summaries are facts.
package svclayer

import (
	"github.com/gin-gonic/gin"
)

// SessionTable is the app's own session table.
type SessionTable struct{ m map[string]string }

func (t *SessionTable) Delete(id string) error { delete(t.m, id); return nil }

var Sessions = &SessionTable{m: map[string]string{}}

type IAuthService interface {
	LogOut(c *gin.Context) error
	LogOutCookie(c *gin.Context) error
}

type AuthService struct{}

func NewIAuthService() IAuthService { return &AuthService{} }

// Not reported here: a service's method; it deletes the session.
func (u *AuthService) LogOut(c *gin.Context) error { // want LogOut:`session\(kill\)`
	id, err := c.Cookie("sid")
	if err != nil {
		return err
	}
	return Sessions.Delete(id)
}

// Not reported here either, though it only expires the cookie: its
// callers are.
func (u *AuthService) LogOutCookie(c *gin.Context) error { // want LogOutCookie:`handler\(session\(client\)\)` LogOutCookie:`session\(client\)`
	c.SetCookie("sid", "", -1, "/", "", true, true)
	return nil
}

// Flagged: a method of a type that is no service is a handler, which
// another package may register.
type AuthAPI struct{}

func (AuthAPI) Logout(c *gin.Context) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: it only expires the cookie in the browser`
	c.SetCookie("sid", "", -1, "/", "", true, true)
}
