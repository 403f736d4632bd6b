package fixiris

import (
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
)

// Routes serves the handlers of this package on the manager, so that
// their fixes can be replayed against iris (see internal/replay): POST
// /login signs alice in, GET /probe reports the session as a
// replay.State. The probe starts a session as every request through the
// middleware does: one it starts for a cookie is new, and empty.
func Routes() http.Handler {
	app := iris.New()
	app.Use(manager.Handler())
	app.Post("/login", func(ctx iris.Context) {
		sessions.Get(ctx).Set("user", "alice")
	})
	app.Get("/probe", func(ctx iris.Context) {
		s := sessions.Get(ctx)
		ctx.JSON(map[string]any{
			"user":   s.GetString("user"),
			"loaded": !s.IsNew(),
		})
	})
	app.Post("/a", Logout)
	app.Post("/b", LogoutClear)
	app.Post("/c", LogoutGuarded)
	if err := app.Build(); err != nil {
		panic(err)
	}
	return app
}
