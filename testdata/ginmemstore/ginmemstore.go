// want package:`stores\(server\)`

// Package ginmemstore pins down gin-contrib/sessions on its in-memory
// store, a server-side store.
package ginmemstore

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

func Setup(r *gin.Engine) {
	r.Use(sessions.Sessions("sid", memstore.NewStore([]byte("secret"))))
}

func (h *handler) LogOut(c *gin.Context) {
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: -1})
	s.Save()
	c.Redirect(http.StatusSeeOther, "/")
}

type handler struct{}

func (h *handler) SignOff(c *gin.Context) { // want `SignOff \(name matches "sign off"\) .* it only removes session values`
	s := sessions.Default(c)
	s.Delete("uid")
	s.Save()
	c.Redirect(http.StatusSeeOther, "/")
}

func (h *handler) LogoutRender(c *gin.Context) { // want `LogoutRender .* nothing invalidates it`
	c.HTML(http.StatusOK, "bye.html", nil)
}
