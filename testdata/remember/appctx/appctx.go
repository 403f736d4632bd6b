// want package:`remember\(accepted var:example.com/fixtures/remember/appctx.CookieRememberName, issued var:example.com/fixtures/remember/appctx.CookieRememberName by appctx.afterLogin\)`

// Package appctx checks the Gogs shape of remember-me: the login and
// auto-login helpers take the app's own context, which embeds macaron's;
// the cookie's name is a configuration field, the value is signed with a
// secret of the user's, and auto-login expires the cookie when it does not
// verify.
package appctx

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

type User struct{ Name, Rands, Password string }

func userNamed(name string) *User { return &User{Name: name} }

func afterLogin(c *Context, u *User, remember bool) {
	if remember {
		c.SetCookie(Security.CookieUsername, u.Name, 7*86400)
		c.SetSuperSecureCookie(u.Rands+u.Password, Security.CookieRememberName, u.Name, 7*86400)
	}
	c.Session.Set("uid", u.Name)
	c.Redirect("/")
}

func autoLogin(c *Context) bool { // want autoLogin:`session\(client\)`
	name := c.GetCookie(Security.CookieUsername)
	if name == "" {
		return false
	}
	ok := false
	defer func() {
		if !ok {
			c.SetCookie(Security.CookieRememberName, "", -1)
		}
	}()
	u := userNamed(name)
	if val, verified := c.GetSuperSecureCookie(u.Rands+u.Password, Security.CookieRememberName); !verified || val != u.Name {
		return false
	}
	ok = true
	c.Session.Set("uid", u.Name)
	return true
}

func SignOut(ctx *macaron.Context, sess session.Store) { // want `logout handler SignOut \(name matches "sign out"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie named by CookieRememberName set by afterLogin still signs the user back in` SignOut:`session\(kill,cleared,client\)`
	sess.Flush()
	sess.Destory(ctx)
	ctx.SetCookie(Security.CookieUsername, "", -1)
	ctx.SetCookie(Security.CookieRememberName, "", -1)
	ctx.Redirect("/")
}

func New() *macaron.Macaron {
	m := macaron.Classic()
	m.Use(session.Sessioner(session.Options{Provider: "memory"}))
	m.Get("/user/logout", SignOut)
	return m
}
