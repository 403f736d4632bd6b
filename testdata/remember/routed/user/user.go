// want package:`remember\(accepted var:example.com/fixtures/remember/routed/user.CookieRememberName, issued var:example.com/fixtures/remember/routed/user.CookieRememberName by user.afterLogin\)`

// Package user issues and accepts a remember-me cookie with helpers on
// the app's own context, which embeds macaron's; package web registers
// its handlers. End ends the session but only expires the remember-me
// cookie: it is reported where web registers it on a logout route.
package user

import (
	"github.com/go-macaron/session"
	"gopkg.in/macaron.v1"
)

// Context is the app's request context.
type Context struct {
	*macaron.Context
	Session session.Store
}

// Security is the app's cookie configuration.
var Security struct {
	CookieUsername     string
	CookieRememberName string
}

type User struct{ Name, Rands string }

func userNamed(name string) *User { return &User{Name: name} }

func afterLogin(c *Context, u *User) { // want afterLogin:`session\(client\)`
	c.SetCookie(Security.CookieUsername, u.Name, 7*86400)
	c.SetSuperSecureCookie(u.Rands, Security.CookieRememberName, u.Name, 7*86400)
	c.Session.Set("uid", u.Name)
}

// AutoLogin signs the user back in from the remember-me cookie.
func AutoLogin(c *Context) bool { // want AutoLogin:`handler\(session\(\), go-macaron/session\)`
	u := userNamed(c.GetCookie(Security.CookieUsername))
	if val, ok := c.GetSuperSecureCookie(u.Rands, Security.CookieRememberName); !ok || val != u.Name {
		return false
	}
	c.Session.Set("uid", u.Name)
	return true
}

// End ends the session but only expires the remember-me cookie; its
// name says nothing, the route web registers it on does.
func End(ctx *macaron.Context, sess session.Store) { // want End:`handler\(session\(kill,cleared,client\), go-macaron/session, remember-me cookie named by CookieRememberName by user.afterLogin\)` End:`session\(kill,cleared,client\)`
	sess.Flush()
	sess.Destory(ctx)
	ctx.SetCookie(Security.CookieRememberName, "", -1)
	ctx.Redirect("/")
}

// Leave also resets the user's secret, which the cookie is signed with.
func Leave(ctx *macaron.Context, sess session.Store) { // want Leave:`session\(kill,cleared,client,remember\)`
	sess.Flush()
	sess.Destory(ctx)
	resetRememberSecret(userNamed(ctx.GetCookie(Security.CookieUsername)))
	ctx.SetCookie(Security.CookieRememberName, "", -1)
	ctx.Redirect("/")
}

func resetRememberSecret(u *User) { u.Rands = "" }
