package libraries

import (
	"net/http"
	"testing"

	"github.com/gorilla/sessions"
	echo3 "github.com/labstack/echo"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
	"github.com/logoutcheck/logoutcheck/internal/replay"
)

// expiredCookie is the cookie a logout that only clears the browser sets.
func expiredCookie() *http.Cookie {
	return &http.Cookie{Name: sessionName, Path: "/", MaxAge: -1}
}

// echoContribApp is an echo v4 app on echo-contrib/session's middleware,
// which hands out gorilla sessions of store.
func echoContribApp(store sessions.Store, logout func(c echo.Context, sess *sessions.Session) error) replay.App {
	e := echo.New()
	e.Use(session.Middleware(store))
	e.POST(replay.LoginPath, func(c echo.Context) error {
		sess, _ := session.Get(sessionName, c)
		sess.Values["user"] = replay.User
		sess.Values["theme"] = "dark"
		return sess.Save(c.Request(), c.Response())
	})
	e.POST(replay.LogoutPath, func(c echo.Context) error {
		sess, _ := session.Get(sessionName, c)
		return logout(c, sess)
	})
	e.GET(replay.ProbePath, func(c echo.Context) error {
		sess, _ := session.Get(sessionName, c)
		return c.JSON(http.StatusOK, gorillaState(sess))
	})
	return replay.App{Server: replay.Handler(e)}
}

// echoContribVariant runs a gorilla logout in an echo-contrib app on a
// FilesystemStore.
func echoContribVariant(logout func(c echo.Context, sess *sessions.Session, save bool) error) variant {
	return variant{"echo-contrib/FilesystemStore", func(t *testing.T, save bool) replay.App {
		return echoContribApp(filesystemStore.new(t), func(c echo.Context, sess *sessions.Session) error {
			return logout(c, sess, save)
		})
	}}
}

func echoProofs() []proof {
	return []proof{
		{"sessionAPIs (github.com/labstack/echo/v4.Context).SetCookie", []variant{echoContribVariant(func(c echo.Context, sess *sessions.Session, save bool) error {
			c.SetCookie(expiredCookie())
			return nil
		})}},
		{"sessionAPIs (github.com/labstack/echo.Context).SetCookie", []variant{{"FilesystemStore", func(t *testing.T, save bool) replay.App {
			store := filesystemStore.new(t)
			e := echo3.New()
			e.POST(replay.LoginPath, echo3.WrapHandler(gorillaLogin(store)))
			e.POST(replay.LogoutPath, func(c echo3.Context) error {
				c.SetCookie(expiredCookie())
				return nil
			})
			e.GET(replay.ProbePath, func(c echo3.Context) error {
				sess, _ := store.Get(c.Request(), sessionName)
				return c.JSON(http.StatusOK, gorillaState(sess))
			})
			return replay.App{Server: replay.Handler(e)}
		}}}},
		{"sessionAPIs (*github.com/labstack/echo/v5.Context).SetCookie", []variant{{"FilesystemStore", func(t *testing.T, save bool) replay.App {
			store := filesystemStore.new(t)
			e := echo5.New()
			e.POST(replay.LoginPath, echo5.WrapHandler(gorillaLogin(store)))
			e.POST(replay.LogoutPath, func(c *echo5.Context) error {
				c.SetCookie(expiredCookie())
				return nil
			})
			e.GET(replay.ProbePath, func(c *echo5.Context) error {
				sess, _ := store.Get(c.Request(), sessionName)
				return c.JSON(http.StatusOK, gorillaState(sess))
			})
			return replay.App{Server: replay.Handler(e)}
		}}}},
	}
}
