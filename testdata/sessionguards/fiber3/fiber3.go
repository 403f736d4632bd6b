// Package fiber3 checks a logout that deletes a session from the store's
// own storage, after checking that it is the requester's.
package fiber3

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

var store = session.NewStore()

// A signed-in user logs out one of its sessions, by ID, or the current
// one: the storage delete removes that session's record.
func Logout(c fiber.Ctx) error {
	sid := c.Query("sid")
	s, err := store.Get(c)
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	defer s.Release()
	if sid != "" {
		uid, ok := s.Get("uid").(string)
		if !ok {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
		if uid == ownerOf(sid) {
			_ = store.Storage.Delete(sid)
		}
	} else {
		_ = s.Destroy()
	}
	return c.JSON(nil)
}

func ownerOf(sid string) string { return "" }

// A storage that is not the session store's deletes no session.
func LogoutCache(c fiber.Ctx) error { // want `LogoutCache .* nothing invalidates it`
	_ = cache.Delete(c.Query("sid"))
	return c.JSON(nil)
}

var cache fiber.Storage
