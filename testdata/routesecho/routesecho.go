// want package:`stores\(server\)`

// Package routesecho pins down logout handlers found by their echo v4
// route: verbs with middleware after the handler, Add, Match, Any and
// groups.
package routesecho

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func requireUser(next echo.HandlerFunc) echo.HandlerFunc { return next }

func Routes(e *echo.Echo) {
	e.Use(session.Middleware(sessions.NewFilesystemStore("", []byte("secret"))))
	e.POST("/logout", bye, requireUser)
	e.Add(http.MethodPost, "/logoff", cheerio)
	e.Match([]string{http.MethodGet, http.MethodPost}, "/signoff", adieu)
	e.Any("/log-out", done)

	g := e.Group("/auth", requireUser)
	g.POST("/login", login)
	g.POST("/sign-out", farewell)
	api := e.Group("/api")
	v1 := api.Group("/v1")
	v1.DELETE("/session/logout", stop)

	e.GET("/sso/logout", func(c echo.Context) error { // want `logout handler func literal \(registered on route "/sso/logout"\) leaves the session valid on the server: nothing invalidates it`
		return c.Redirect(http.StatusSeeOther, "/")
	})

	// Clean.
	e.POST("/logout/ok", properly)
	e.GET("/catalog/output", login)
	e.GET("/:logout", login)
}

// properly invalidates the session, but it is a logout handler of its
// own, which answers the request: no fix calls it.
func bye(c echo.Context) error { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(set Options.MaxAge = -1 on the session and save it\); no suggested fix: no single session value of gorilla/sessions is in scope`
	return c.Render(http.StatusOK, "logged_out", nil)
}

func cheerio(c echo.Context) error { // want `logout handler cheerio \(registered on route "/logoff"\)`
	return c.Redirect(http.StatusSeeOther, "/")
}

func adieu(c echo.Context) error { // want `logout handler adieu \(registered on route "/signoff"\)`
	return c.Redirect(http.StatusSeeOther, "/")
}

func done(c echo.Context) error { // want `logout handler done \(registered on route "/log-out"\) leaves the session valid on the server: it only expires the cookie in the browser` done:`session\(client\)`
	c.SetCookie(&http.Cookie{Name: "session", MaxAge: -1})
	return c.NoContent(http.StatusNoContent)
}

func farewell(c echo.Context) error { // want `logout handler farewell \(registered on route "/auth/sign-out"\) leaves the session valid on the server: it only removes session values` farewell:`session\(clearpending,cleared,saved\)`
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	delete(sess.Values, "user")
	return sess.Save(c.Request(), c.Response())
}

func stop(c echo.Context) error { // want `logout handler stop \(registered on route "/api/v1/session/logout"\)`
	return c.NoContent(http.StatusNoContent)
}

func login(c echo.Context) error { // want login:`session\(saved\)`
	sess, _ := session.Get("session", c)
	sess.Values["user"] = c.FormValue("user")
	return sess.Save(c.Request(), c.Response())
}

func properly(c echo.Context) error { // want properly:`session\(mark,marksaved,saved\)`
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Options.MaxAge = -1
	return sess.Save(c.Request(), c.Response())
}
