package fixgin

import (
	"net/http"

	gsessions "github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

// Routes serves the handlers of this package with Setup's memstore, so
// that their fixes can be replayed against gin-contrib/sessions (see
// internal/replay): POST /login signs alice in, GET /probe reports the
// session as a replay.State.
func Routes() http.Handler {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	Setup(r)
	r.POST("/login", func(c *gin.Context) {
		s := gsessions.Default(c)
		s.Set("user", "alice")
		if err := s.Save(); err != nil {
			_ = c.AbortWithError(http.StatusInternalServerError, err)
		}
	})
	r.GET("/probe", func(c *gin.Context) {
		user, _ := gsessions.Default(c).Get("user").(string)
		c.JSON(http.StatusOK, gin.H{"user": user, "loaded": user != ""})
	})
	return r
}
