// want package:`remember\(accepted var:example.com/fixtures/remember/macaron.CookieRememberName, issued var:example.com/fixtures/remember/macaron.CookieRememberName by macaron.signIn\)`

// Package macaron checks a remember-me cookie whose name is kept in the
// app's configuration, signed with a secret of the user's: the Gogs and
// Gitea idiom. Expiring the cookie leaves a copy valid until the user's
// secret changes.
package macaron

import (
	"github.com/go-macaron/session"
	"gopkg.in/macaron.v1"
)

// Security is the app's configuration of its cookies.
var Security struct {
	CookieUsername     string
	CookieRememberName string
	RememberDays       int
}

type User struct {
	Name, Rands string
}

func users(name string) *User { return &User{Name: name} }

func New() *macaron.Macaron {
	m := macaron.Classic()
	m.Use(session.Sessioner(session.Options{Provider: "memory"}))
	m.Use(autoSignIn)
	m.Post("/login", signIn)
	m.Post("/logout", signOut)
	m.Post("/user/logout", rotateOut)
	return m
}

func signIn(ctx *macaron.Context, sess session.Store) {
	u := users(ctx.Query("name"))
	sess.Set("uid", u.Name)
	if ctx.Query("remember") == "on" {
		days := 86400 * Security.RememberDays
		ctx.SetCookie(Security.CookieUsername, u.Name, days)
		ctx.SetSuperSecureCookie(u.Rands, Security.CookieRememberName, u.Name, days)
	}
	ctx.Redirect("/")
}

// autoSignIn signs the user back in from the remember-me cookie.
func autoSignIn(ctx *macaron.Context, sess session.Store) {
	name := ctx.GetCookie(Security.CookieUsername)
	if name == "" {
		return
	}
	u := users(name)
	if val, ok := ctx.GetSuperSecureCookie(u.Rands, Security.CookieRememberName); !ok || val != u.Name {
		ctx.SetCookie(Security.CookieRememberName, "", -1) // it does not verify
		return
	}
	sess.Set("uid", u.Name)
}

func signOut(ctx *macaron.Context, sess session.Store) { // want `logout handler signOut \(name matches "sign out"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie named by CookieRememberName set by signIn still signs the user back in` signOut:`session\(kill,cleared,client\)`
	sess.Flush()
	sess.Destory(ctx)
	ctx.SetCookie(Security.CookieUsername, "", -1)
	ctx.SetCookie(Security.CookieRememberName, "", -1)
	ctx.Redirect("/")
}

// rotateOut changes the user's secret, which every remember-me cookie
// is signed with.
func rotateOut(ctx *macaron.Context, sess session.Store) { // want rotateOut:`session\(kill,client,remember\)`
	sess.Destory(ctx)
	resetRememberSecret(users(ctx.GetCookie(Security.CookieUsername)))
	ctx.SetCookie(Security.CookieRememberName, "", -1)
	ctx.Redirect("/")
}

func resetRememberSecret(u *User) { u.Rands = "new" }
