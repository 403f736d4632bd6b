package libraries

import (
	"net/http"
	"testing"
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
	redisstorage "github.com/gofiber/storage/redis/v3"
	"github.com/logoutcheck/logoutcheck/internal/replay"
)

// fiber3Server serves requests with app, with no time limit.
func fiber3Server(app *fiber.App) replay.Server {
	return func(r *http.Request) (*http.Response, error) {
		return app.Test(r, fiber.TestConfig{Timeout: 0})
	}
}

func fiber3Config(storage *redisstorage.Storage) session.Config {
	var cfg session.Config
	if storage != nil {
		cfg.Storage = storage
	}
	return cfg
}

// fiber3State is the probe's report: Fresh is true for a session whose ID
// loaded no data.
func fiber3State(fresh bool, get func(key any) any) replay.State {
	s := replay.State{Loaded: !fresh}
	s.User, _ = get("user").(string)
	if theme, ok := get("theme").(string); ok {
		s.Values = map[string]string{"theme": theme}
	}
	return s
}

// fiber3MiddlewareApp is a fiber v3 app on the session middleware, which
// saves the session after the handler.
func fiber3MiddlewareApp(storage *redisstorage.Storage, logout func(c fiber.Ctx, m *session.Middleware) error) replay.App {
	app := fiber.New()
	app.Use(session.New(fiber3Config(storage)))
	app.Post(replay.LoginPath, func(c fiber.Ctx) error {
		m := session.FromContext(c)
		m.Set("user", replay.User)
		m.Set("theme", "dark")
		return nil
	})
	app.Post(replay.LogoutPath, func(c fiber.Ctx) error { return logout(c, session.FromContext(c)) })
	app.Get(replay.ProbePath, func(c fiber.Ctx) error {
		m := session.FromContext(c)
		return c.JSON(fiber3State(m.Fresh(), m.Get))
	})
	return replay.App{Server: fiber3Server(app)}
}

// fiber3StoreApp is a fiber v3 app that gets its sessions from a Store, and
// must save them itself.
func fiber3StoreApp(storage *redisstorage.Storage, logout func(c fiber.Ctx, store *session.Store, sess *session.Session) error) replay.App {
	store := session.NewStore(fiber3Config(storage))
	app := fiber.New()
	app.Post(replay.LoginPath, func(c fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		defer sess.Release()
		sess.Set("user", replay.User)
		sess.Set("theme", "dark")
		return sess.Save()
	})
	app.Post(replay.LogoutPath, func(c fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		defer sess.Release()
		return logout(c, store, sess)
	})
	app.Get(replay.ProbePath, func(c fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		defer sess.Release()
		return c.JSON(fiber3State(sess.Fresh(), sess.Get))
	})
	return replay.App{Server: fiber3Server(app)}
}

func fiber3MiddlewareProof(row string, logout func(c fiber.Ctx, m *session.Middleware) error) proof {
	p := proof{row: row}
	for _, st := range fiberStorages {
		p.variants = append(p.variants, variant{"middleware/" + st.name, func(t *testing.T, save bool) replay.App {
			return fiber3MiddlewareApp(st.new(t), logout)
		}})
	}
	return p
}

func fiber3StoreProof(row string, logout func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error) proof {
	p := proof{row: row}
	for _, st := range fiberStorages {
		p.variants = append(p.variants, variant{"store/" + st.name, func(t *testing.T, save bool) replay.App {
			return fiber3StoreApp(st.new(t), func(c fiber.Ctx, store *session.Store, sess *session.Session) error {
				return logout(c, store, sess, save)
			})
		}})
	}
	return p
}

func fiber3Proofs() []proof {
	const (
		sess3  = "sessionAPIs (*github.com/gofiber/fiber/v3/middleware/session.Session)."
		mw3    = "sessionAPIs (*github.com/gofiber/fiber/v3/middleware/session.Middleware)."
		store3 = "sessionAPIs (*github.com/gofiber/fiber/v3/middleware/session.Store)."
		ctx3   = "sessionAPIs (github.com/gofiber/fiber/v3.Ctx)."
		strg3  = "storageDeletes (github.com/gofiber/fiber/v3.Storage)."
	)
	deleteUser := func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
		sess.Delete("user")
		if !save {
			return nil
		}
		return sess.Save()
	}
	return []proof{
		fiber3StoreProof(sess3+"Destroy", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return sess.Destroy()
		}),
		fiber3StoreProof(sess3+"Reset", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return sess.Reset()
		}),
		// The new ID is saved with the data: the old one must be dead all
		// the same.
		fiber3StoreProof(sess3+"Regenerate", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			if err := sess.Regenerate(); err != nil {
				return err
			}
			return sess.Save()
		}),
		fiber3StoreProof(store3+"Delete", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Delete(c.Context(), sess.ID())
		}),
		fiber3StoreProof(store3+"Reset", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Reset(c.Context())
		}),
		// The store keeps each session under its ID in its Storage.
		fiber3StoreProof(strg3+"Delete", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Storage.Delete(sess.ID())
		}),
		fiber3StoreProof(strg3+"DeleteWithContext", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Storage.DeleteWithContext(c.Context(), sess.ID())
		}),
		fiber3StoreProof(strg3+"Reset", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Storage.Reset()
		}),
		fiber3StoreProof(strg3+"ResetWithContext", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Storage.ResetWithContext(c.Context())
		}),
		fiber3StoreProof(sess3+"Delete", deleteUser),
		fiber3StoreProof(sess3+"Save", deleteUser),

		fiber3MiddlewareProof(mw3+"Destroy", func(c fiber.Ctx, m *session.Middleware) error { return m.Destroy() }),
		fiber3MiddlewareProof(mw3+"Reset", func(c fiber.Ctx, m *session.Middleware) error { return m.Reset() }),
		fiber3MiddlewareProof(mw3+"Regenerate", func(c fiber.Ctx, m *session.Middleware) error { return m.Regenerate() }),
		fiber3MiddlewareProof(mw3+"Delete", func(c fiber.Ctx, m *session.Middleware) error {
			m.Delete("user")
			return nil
		}),

		// In store mode: in middleware mode the middleware saves the
		// session after the handler and sets the session cookie again, so
		// these calls do not even clear the browser's cookie.
		fiber3StoreProof(ctx3+"ClearCookie", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			c.ClearCookie(fiberCookie)
			return nil
		}),
		fiber3StoreProof(ctx3+"Cookie", func(c fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			c.Cookie(&fiber.Cookie{Name: fiberCookie, Path: "/", Expires: time.Unix(1, 0)})
			return nil
		}),
	}
}
