// Package deps pins the real libraries the fixtures are written against.
package deps

import (
	_ "github.com/alexedwards/scs/v2"
	_ "github.com/alexedwards/scs/v2/memstore"
	_ "github.com/gin-contrib/sessions"
	_ "github.com/gin-contrib/sessions/cookie"
	_ "github.com/gin-contrib/sessions/memstore"
	_ "github.com/gin-contrib/sessions/redis"
	_ "github.com/gin-gonic/gin"
	_ "github.com/go-chi/chi/v5"
	_ "github.com/gofiber/fiber/v2"
	_ "github.com/gofiber/fiber/v2/middleware/session"
	_ "github.com/gofiber/fiber/v3"
	_ "github.com/gofiber/fiber/v3/middleware/session"
	_ "github.com/gorilla/mux"
	_ "github.com/gorilla/sessions"
	_ "github.com/labstack/echo-contrib/session"
	_ "github.com/labstack/echo/v4"
	_ "github.com/labstack/echo/v5"
)
