// Package flamego pins down flamego handlers and routes, with
// flamego/session injected as a Session and a Store: Store.Destroy
// deletes the record, Flush and Delete only empty it, RegenerateID only
// gives the browser a new ID.
package flamego

import (
	"net/http"

	"github.com/flamego/flamego"
	"github.com/flamego/session"
)

func New() *flamego.Flame {
	f := flamego.Classic()
	f.Use(session.Sessioner(session.Options{Initer: session.MemoryIniter()}))
	f.Post("/logout", bye)
	f.Get("/signout", func(c flamego.Context) { c.Next() }, adieu)
	f.Combo("/logoff").Get(cheerio).Post(cheerio)
	f.Routes("/log-out", "GET,POST", properly)
	f.Any("/user/logout", func(s session.Session) string { // want `logout handler func literal \(registered on route "/user/logout"\) leaves the session valid on the server: it only removes session values`
		s.Delete("uid")
		return "bye"
	})
	f.Group("/sso", func() {
		f.Post("/logout", func(c flamego.Context) { // want `logout handler func literal \(registered on route "/sso/logout"\) leaves the session valid on the server: nothing invalidates it`
			c.Redirect("/")
		})
	})

	// Clean.
	f.Post("/login", login)
	f.Get("/catalog/output", login)
	f.Post("/session/logout", func(c flamego.Context, s session.Session, store session.Store) {
		if err := store.Destroy(c.Request().Context(), s.ID()); err != nil {
			c.ResponseWriter().WriteHeader(http.StatusInternalServerError)
			return
		}
		c.Redirect("/")
	})
	return f
}

func login(c flamego.Context, s session.Session) {
	s.Set("uid", c.Query("uid"))
	c.Redirect("/")
}

func bye(c flamego.Context, r flamego.Render) { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(call Destroy\(ctx, sess.ID\(\)\) on the session store\)`
	r.PlainText(http.StatusOK, "logged out")
}

func adieu(c flamego.Context) { // want `logout handler adieu \(registered on route "/signout"\)`
	c.Redirect("/")
}

func cheerio(c flamego.Context, s session.Session) { // want `logout handler cheerio \(registered on route "/logoff"\) leaves the session valid on the server: it only removes session values` cheerio:`session\(cleared\)`
	s.Flush()
	c.Redirect("/")
}

// Empty the session, then delete its record.
func properly(c flamego.Context, s session.Session, store session.Store) { // want properly:`session\(kill,cleared\)`
	s.Flush()
	if err := store.Destroy(c.Request().Context(), s.ID()); err != nil {
		http.Error(c.ResponseWriter(), err.Error(), http.StatusInternalServerError)
		return
	}
	c.Redirect("/")
}

func Logout(c flamego.Context, s session.Session, store session.Store) { // want Logout:`session\(kill\)`
	store.Destroy(c.Request().Context(), s.ID())
	c.Redirect("/")
}

// The record is not moved: the old ID keeps the values.
func LogoutRegenerate(w http.ResponseWriter, r *http.Request, s session.Session) { // want `LogoutRegenerate .* it only expires the cookie in the browser` LogoutRegenerate:`session\(client\)`
	if err := s.RegenerateID(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func LogoutDelete(c flamego.Context, s session.Session) { // want `LogoutDelete .* it only removes session values, so the session ID stays valid \(call Destroy\(ctx, sess.ID\(\)\) on the session store\)` LogoutDelete:`session\(cleared\)`
	s.Delete("uid")
	c.Redirect("/")
}

func LogoutCookie(c flamego.Context) { // want `LogoutCookie .* it only expires the cookie in the browser`
	c.SetCookie(http.Cookie{Name: "flamego_session", MaxAge: -1})
	c.Redirect("/")
}

// A destroy only on the error path of an earlier step does not count.
func SignOut(c flamego.Context, s session.Session, store session.Store) { // want `SignOut .* nothing invalidates it; the invalidation runs only on an error or early-return path`
	if s.Get("uid") == nil {
		store.Destroy(c.Request().Context(), s.ID())
		c.ResponseWriter().WriteHeader(http.StatusUnauthorized)
		return
	}
	c.Redirect("/")
}
