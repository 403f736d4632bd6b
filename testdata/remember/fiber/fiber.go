// want package:`remember\(accepted remember_me, issued remember_me by fiber.login\)`

// Package fiber checks remember-me cookies with fiber v2 and its session
// store: the token's record is a gorm model.
package fiber

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"gorm.io/gorm"
)

var (
	store = session.New()
	db    *gorm.DB
)

type RememberToken struct {
	Token  string
	UserID int
}

type User struct {
	ID            int
	RememberToken string
}

func login(c *fiber.Ctx) error { // want login:`session\(client\)`
	tok := c.FormValue("device")
	db.Create(&RememberToken{Token: tok, UserID: 7})
	c.Cookie(&fiber.Cookie{Name: "remember_me", Value: tok, MaxAge: 30 * 24 * 3600})
	return c.Redirect("/")
}

// remembered signs the user back in from the remember-me cookie.
func remembered(c *fiber.Ctx) error { // want remembered:`session\(saved,remember\)`
	if tok := c.Cookies("remember_me"); tok != "" {
		var t RememberToken
		if db.First(&t, "token = ?", tok).Error == nil {
			sess, _ := store.Get(c)
			sess.Set("uid", t.UserID)
			sess.Save()
		}
	}
	return c.Next()
}

func logout(c *fiber.Ctx) error { // want `logout handler logout \(name matches "logout"\) ends the session but leaves a remember-me credential valid on the server: the remember-me cookie "remember_me" set by login still signs the user back in`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	c.ClearCookie("remember_me")
	return c.Redirect("/")
}

func signOut(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	db.Where("user_id = ?", 7).Delete(&RememberToken{})
	c.ClearCookie("remember_me")
	return c.Redirect("/")
}

func logoutColumn(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	db.Model(&User{}).Where("id = ?", 7).Update("remember_token", "")
	return c.Redirect("/")
}

func logoutField(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	var u User
	db.First(&u, 7)
	u.RememberToken = ""
	db.Save(&u)
	return c.Redirect("/")
}

func logoutWrapper(c *fiber.Ctx) error { // want `logout handler logoutWrapper .* the remember-me cookie "remember_me" set by login still signs the user back in`
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Destroy(); err != nil {
		return err
	}
	expire(c, "remember_me") // the app's wrapper of ClearCookie: the browser's copy only
	return c.Redirect("/")
}

func expire(c *fiber.Ctx, name string) { // want expire:`session\(client\)`
	c.ClearCookie(name)
}
