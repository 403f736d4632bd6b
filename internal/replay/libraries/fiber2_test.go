package libraries

import (
	"net/http"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	redisstorage "github.com/gofiber/storage/redis/v3"
	"github.com/logoutcheck/logoutcheck/internal/replay"
)

// fiberCookie is the session cookie of fiber's session middleware (v2
// and v3), by default.
const fiberCookie = "session_id"

// A fiberStorage builds the fiber.Storage of one test: nil for the
// session package's default, in memory. fiber v2 and v3 share the
// interface's Get, Set, Delete, Reset and Close.
type fiberStorage struct {
	name string
	new  func(t *testing.T) *redisstorage.Storage
}

var fiberStorages = []fiberStorage{
	{"memory", func(t *testing.T) *redisstorage.Storage { return nil }},
	{"redis", func(t *testing.T) *redisstorage.Storage {
		srv := replay.StartRedis(t)
		st := redisstorage.New(redisstorage.Config{Host: srv.Host, Port: srv.Port})
		t.Cleanup(func() { st.Close() })
		return st
	}},
}

// fiber2App is a fiber v2 app on the session middleware's Store.
func fiber2App(t *testing.T, storage *redisstorage.Storage, logout func(c *fiber.Ctx, store *session.Store, sess *session.Session) error) replay.App {
	var cfg session.Config
	if storage != nil {
		cfg.Storage = storage
	}
	store := session.New(cfg)
	app := fiber.New()
	app.Post(replay.LoginPath, func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		sess.Set("user", replay.User)
		sess.Set("theme", "dark")
		return sess.Save()
	})
	app.Post(replay.LogoutPath, func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		return logout(c, store, sess)
	})
	app.Get(replay.ProbePath, func(c *fiber.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		// Get finds no data for an ID that is gone, and makes a fresh session
		s := replay.State{Loaded: !sess.Fresh()}
		s.User, _ = sess.Get("user").(string)
		if theme, ok := sess.Get("theme").(string); ok {
			s.Values = map[string]string{"theme": theme}
		}
		return c.JSON(s)
	})
	return replay.App{Server: func(r *http.Request) (*http.Response, error) { return app.Test(r, -1) }}
}

// fiber2Proof proves row with a logout run on each storage.
func fiber2Proof(row string, logout func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error) proof {
	p := proof{row: row}
	for _, st := range fiberStorages {
		p.variants = append(p.variants, variant{st.name, func(t *testing.T, save bool) replay.App {
			return fiber2App(t, st.new(t), func(c *fiber.Ctx, store *session.Store, sess *session.Session) error {
				return logout(c, store, sess, save)
			})
		}})
	}
	return p
}

func fiber2Proofs() []proof {
	const (
		sess2  = "sessionAPIs (*github.com/gofiber/fiber/v2/middleware/session.Session)."
		store2 = "sessionAPIs (*github.com/gofiber/fiber/v2/middleware/session.Store)."
		ctx2   = "sessionAPIs (*github.com/gofiber/fiber/v2.Ctx)."
		strg2  = "storageDeletes (github.com/gofiber/fiber/v2.Storage)."
	)
	deleteUser := func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
		sess.Delete("user")
		if !save {
			return nil
		}
		return sess.Save()
	}
	return []proof{
		fiber2Proof(sess2+"Destroy", func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return sess.Destroy()
		}),
		fiber2Proof(sess2+"Reset", func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return sess.Reset()
		}),
		// The new ID is saved with the data: the old one must be dead all
		// the same.
		fiber2Proof(sess2+"Regenerate", func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			if err := sess.Regenerate(); err != nil {
				return err
			}
			return sess.Save()
		}),
		fiber2Proof(store2+"Delete", func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Delete(sess.ID())
		}),
		fiber2Proof(store2+"Reset", func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Reset()
		}),
		// The store keeps each session under its ID in its Storage.
		fiber2Proof(strg2+"Delete", func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Storage.Delete(sess.ID())
		}),
		fiber2Proof(strg2+"Reset", func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			return store.Storage.Reset()
		}),
		fiber2Proof(sess2+"Delete", deleteUser),
		fiber2Proof(sess2+"Save", deleteUser),
		fiber2Proof(ctx2+"ClearCookie", func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			c.ClearCookie(fiberCookie)
			return nil
		}),
		fiber2Proof(ctx2+"Cookie", func(c *fiber.Ctx, store *session.Store, sess *session.Session, save bool) error {
			c.Cookie(&fiber.Cookie{Name: fiberCookie, Path: "/", Expires: time.Unix(1, 0)})
			return nil
		}),
	}
}
