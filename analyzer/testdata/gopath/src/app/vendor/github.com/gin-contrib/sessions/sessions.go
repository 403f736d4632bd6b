// Package sessions is a stub of github.com/gin-contrib/sessions v1.0.4 for
// the GOPATH vendoring test: the declarations the fixtures use, with the
// real signatures.
package sessions

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"
)

type Store interface {
	sessions.Store
	Options(Options)
}

type Options struct {
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite http.SameSite
}

type Session interface {
	ID() string
	Get(key interface{}) interface{}
	Set(key interface{}, val interface{})
	Delete(key interface{})
	Clear()
	AddFlash(value interface{}, vars ...string)
	Flashes(vars ...string) []interface{}
	Options(Options)
	Save() error
}

func Sessions(name string, store Store) gin.HandlerFunc {
	return func(c *gin.Context) {}
}

func Default(c *gin.Context) Session { return nil }
