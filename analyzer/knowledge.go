package analyzer

import (
	"go/types"
	"strings"
)

// This file is the analyzer's knowledge of session libraries and web
// frameworks, kept as data. Adding a library means adding rows here (and
// fixtures under testdata), not touching the analysis.
//
// API names are written in canonical form, as types.Func.FullName prints
// them: "(*github.com/alexedwards/scs/v2.SessionManager).Destroy" for a
// method, "github.com/gorilla/sessions.Save" for a function.

// An effect is what a call or assignment does to the current session.
type effect uint8

const (
	effNone           effect = iota
	effKill                  // the server-side record of the current token is deleted (destroyed or rotated away)
	effClear                 // values are removed, and the library persists that by itself; the ID survives
	effClearPending          // values are removed in memory only; a save is needed
	effMark                  // the session is marked for deletion (negative MaxAge); a save is needed
	effMarkIfNegative        // like effMark, when the Options argument has a negative MaxAge (gin-contrib)
	effSave                  // pending changes are written to the store (and cookie)
	effDelete                // deleted through the session's store, which saves by itself: marked and saved at once
	effClient                // only the browser cookie is changed
)

// A library names a session library or web framework: what messages say
// about it, and how a suggested fix repairs a handler that uses it.
type library struct {
	name   string      // short name used in messages and docs
	fix    string      // what to call to invalidate the session, for messages
	store  bool        // the session lives in a gorilla-style store whose kind (cookie or server) matters
	values []paramType // the session values a fix calls methods on
	repair repairKind  // the statements a fix inserts, on the one value of those types in scope
}

// A repairKind is a suggested-fix template (see fix.go).
type repairKind uint8

const (
	repairNone           repairKind = iota
	repairDestroyContext            // if err := sm.Destroy(ctx); err != nil { … }
	repairDestroy                   // if err := sess.Destroy(); err != nil { … }
	repairGorilla                   // sess.Options.MaxAge = -1; if err := sess.Save(r, w); err != nil { … }
	repairGinContrib                // s.Options(sessions.Options{MaxAge: -1}); if err := s.Save(); err != nil { … }
)

func ptrType(pkg, name string) paramType { return paramType{typeName{pkg, name}, true} }
func valType(pkg, name string) paramType { return paramType{typeName{pkg, name}, false} }

var (
	libSCS = &library{name: "scs", fix: "call (*scs.SessionManager).Destroy",
		values: []paramType{ptrType("github.com/alexedwards/scs/v2", "SessionManager")}, repair: repairDestroyContext}
	libGorilla = &library{name: "gorilla/sessions", fix: "set Options.MaxAge = -1 on the session and save it", store: true,
		values: []paramType{ptrType("github.com/gorilla/sessions", "Session")}, repair: repairGorilla}
	libGinContrib = &library{name: "gin-contrib/sessions", fix: "call Options(sessions.Options{MaxAge: -1}) and Save", store: true,
		values: []paramType{valType("github.com/gin-contrib/sessions", "Session")}, repair: repairGinContrib}
	libFiber = &library{name: "fiber session", fix: "call Destroy on the session",
		values: []paramType{
			ptrType("github.com/gofiber/fiber/v2/middleware/session", "Session"),
			ptrType("github.com/gofiber/fiber/v3/middleware/session", "Session"),
			ptrType("github.com/gofiber/fiber/v3/middleware/session", "Middleware"),
		}, repair: repairDestroy}
	libRediStore = &library{name: "redistore", fix: "call (*redistore.RediStore).Delete"}
	// Options does not mark the session written, so Options and Save alone
	// save nothing: the hint names Clear too. No suggested fix, for the same
	// reason.
	libGinGonicContrib = &library{name: "gin-gonic/contrib/sessions", fix: "call Clear, Options(sessions.Options{MaxAge: -1}) and Save", store: true}
	// The whole session is the encrypted cookie: nothing on the server to
	// delete, so no fix either.
	libGolangCollege = &library{name: "golangcollege/sessions", fix: "keep sessions in a server-side store and delete the session there", store: true}
	libHTTP          = &library{name: "net/http"}
)

// An api is one row of the session API table.
type api struct {
	name   string // canonical name
	effect effect
	lib    *library
}

// sessionAPIs lists every call whose effect on the session is known,
// read from the libraries' sources (see README, "Supported libraries").
var sessionAPIs = []api{
	// github.com/alexedwards/scs/v2 v2.9.0. The LoadAndSave middleware
	// commits modified sessions, so value removal reaches the store.
	{"(*github.com/alexedwards/scs/v2.SessionManager).Destroy", effKill, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).RenewToken", effKill, libSCS}, // deletes the old token from the store
	{"(*github.com/alexedwards/scs/v2.SessionManager).Clear", effClear, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).Remove", effClear, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).Pop", effClear, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).PopString", effClear, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).PopBool", effClear, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).PopInt", effClear, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).PopFloat", effClear, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).PopBytes", effClear, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).PopTime", effClear, libSCS},
	{"(*github.com/alexedwards/scs/v2.SessionManager).WriteSessionCookie", effClient, libSCS},

	// github.com/gorilla/sessions v1.4.0 (also what echo-contrib/session
	// returns). Deletion is Options.MaxAge < 0 followed by a save; see
	// maxAgeFields and valuesFields for the assignments.
	{"(*github.com/gorilla/sessions.Session).Save", effSave, libGorilla},
	{"github.com/gorilla/sessions.Save", effSave, libGorilla},
	{"(*github.com/gorilla/sessions.Registry).Save", effSave, libGorilla},
	{"(github.com/gorilla/sessions.Store).Save", effSave, libGorilla},
	{"(*github.com/gorilla/sessions.CookieStore).Save", effSave, libGorilla},
	{"(*github.com/gorilla/sessions.FilesystemStore).Save", effSave, libGorilla},
	{"(*github.com/boj/redistore.RediStore).Save", effSave, libGorilla},
	{"(*github.com/boj/redistore.RediStore).Delete", effKill, libRediStore},

	// github.com/gin-contrib/sessions v1.0.4: an interface over gorilla
	// sessions; nothing is saved unless Save is called.
	{"(github.com/gin-contrib/sessions.Session).Clear", effClearPending, libGinContrib},
	{"(github.com/gin-contrib/sessions.Session).Delete", effClearPending, libGinContrib},
	{"(github.com/gin-contrib/sessions.Session).Options", effMarkIfNegative, libGinContrib},
	{"(github.com/gin-contrib/sessions.Session).Save", effSave, libGinContrib},

	// github.com/gin-gonic/contrib/sessions at d12f07a (2026-01-01), the
	// deprecated predecessor of gin-contrib/sessions: the same interface
	// over gorilla sessions, with a cookie store and a redistore store.
	// Save writes only if Set, Delete, Clear (of a non-empty session),
	// AddFlash or Flashes ran first; Options does not count.
	{"(github.com/gin-gonic/contrib/sessions.Session).Clear", effClearPending, libGinGonicContrib},
	{"(github.com/gin-gonic/contrib/sessions.Session).Delete", effClearPending, libGinGonicContrib},
	{"(github.com/gin-gonic/contrib/sessions.Session).Options", effMarkIfNegative, libGinGonicContrib},
	{"(github.com/gin-gonic/contrib/sessions.Session).Save", effSave, libGinGonicContrib},

	// github.com/golangcollege/sessions at 733342e (2020-03-20): the whole
	// session is an encrypted cookie, written by the Enable middleware
	// whenever it was modified. Destroy only expires the cookie, and a
	// copied cookie stays valid until its Lifetime ends (see storeTypes).
	{"(*github.com/golangcollege/sessions.Session).Destroy", effDelete, libGolangCollege},
	{"(*github.com/golangcollege/sessions.Session).Remove", effClear, libGolangCollege},
	{"(*github.com/golangcollege/sessions.Session).Pop", effClear, libGolangCollege},
	{"(*github.com/golangcollege/sessions.Session).PopString", effClear, libGolangCollege},
	{"(*github.com/golangcollege/sessions.Session).PopBool", effClear, libGolangCollege},
	{"(*github.com/golangcollege/sessions.Session).PopInt", effClear, libGolangCollege},
	{"(*github.com/golangcollege/sessions.Session).PopFloat", effClear, libGolangCollege},
	{"(*github.com/golangcollege/sessions.Session).PopBytes", effClear, libGolangCollege},
	{"(*github.com/golangcollege/sessions.Session).PopTime", effClear, libGolangCollege},

	// github.com/gofiber/fiber/v2/middleware/session v2.52.15: no automatic save.
	{"(*github.com/gofiber/fiber/v2/middleware/session.Session).Destroy", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v2/middleware/session.Session).Reset", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v2/middleware/session.Session).Regenerate", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v2/middleware/session.Store).Delete", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v2/middleware/session.Store).Reset", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v2/middleware/session.Session).Delete", effClearPending, libFiber},
	{"(*github.com/gofiber/fiber/v2/middleware/session.Session).Save", effSave, libFiber},

	// github.com/gofiber/fiber/v3/middleware/session v3.1.0: the
	// middleware-managed session is saved after the handler.
	{"(*github.com/gofiber/fiber/v3/middleware/session.Session).Destroy", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Session).Reset", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Session).Regenerate", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Middleware).Destroy", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Middleware).Reset", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Middleware).Regenerate", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Store).Delete", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Store).Reset", effKill, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Session).Delete", effClearPending, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Middleware).Delete", effClear, libFiber},
	{"(*github.com/gofiber/fiber/v3/middleware/session.Session).Save", effSave, libFiber},

	// Client-only: these change the browser cookie and nothing else.
	{"net/http.SetCookie", effClient, libHTTP},
	{"(*github.com/gin-gonic/gin.Context).SetCookie", effClient, libHTTP},
	{"(github.com/labstack/echo.Context).SetCookie", effClient, libHTTP},
	{"(github.com/labstack/echo/v4.Context).SetCookie", effClient, libHTTP},
	{"(*github.com/labstack/echo/v5.Context).SetCookie", effClient, libHTTP},
	{"(*github.com/gofiber/fiber/v2.Ctx).ClearCookie", effClient, libHTTP},
	{"(*github.com/gofiber/fiber/v2.Ctx).Cookie", effClient, libHTTP},
	{"(github.com/gofiber/fiber/v3.Ctx).ClearCookie", effClient, libHTTP},
	{"(github.com/gofiber/fiber/v3.Ctx).Cookie", effClient, libHTTP},
}

// A typeName is a named type: package path and type name.
type typeName struct{ pkg, name string }

// maxAgeFields are struct types whose MaxAge field, set negative and then
// saved, deletes the session.
var maxAgeFields = []typeName{
	{"github.com/gorilla/sessions", "Options"},
	{"github.com/gin-contrib/sessions", "Options"},
	{"github.com/gin-gonic/contrib/sessions", "Options"},
}

// optionsFields are session types whose Options field may be replaced by an
// Options value with a negative MaxAge.
var optionsFields = []typeName{
	{"github.com/gorilla/sessions", "Session"},
}

// valuesFields are session types whose Values map holds the session data:
// deleting from it or replacing it wipes values in memory.
var valuesFields = []typeName{
	{"github.com/gorilla/sessions", "Session"},
}

// A storeKind says whether a session store keeps sessions on the server.
type storeKind uint8

const (
	storeUnknown storeKind = iota
	storeServer            // a record on the server can be deleted
	storeCookie            // the session is the signed cookie: nothing to delete
)

// storeConstructors are the functions that build session stores.
var storeConstructors = map[string]storeKind{
	"github.com/gorilla/sessions.NewCookieStore":                 storeCookie,
	"github.com/gorilla/sessions.NewFilesystemStore":             storeServer,
	"github.com/gin-contrib/sessions/cookie.NewStore":            storeCookie,
	"github.com/gin-contrib/sessions/redis.NewStore":             storeServer,
	"github.com/gin-contrib/sessions/redis.NewStoreWithDB":       storeServer,
	"github.com/gin-contrib/sessions/redis.NewStoreWithPool":     storeServer,
	"github.com/gin-contrib/sessions/memstore.NewStore":          storeServer,
	"github.com/gin-contrib/sessions/gorm.NewStore":              storeServer,
	"github.com/gin-contrib/sessions/postgres.NewStore":          storeServer,
	"github.com/gin-contrib/sessions/mongo/mongodriver.NewStore": storeServer,
	"github.com/boj/redistore.NewRediStore":                      storeServer,
	"github.com/boj/redistore.NewRediStoreWithDB":                storeServer,
	"github.com/boj/redistore.NewRediStoreWithPool":              storeServer,
	"github.com/boj/redistore.NewRediStoreWithURL":               storeServer,
	"github.com/gin-gonic/contrib/sessions.NewCookieStore":       storeCookie,
	"github.com/gin-gonic/contrib/sessions.NewRedisStore":        storeServer,
	"github.com/golangcollege/sessions.New":                      storeCookie,
}

// storeTypes are concrete store types; a value of one of these types
// (variable, field, receiver of Get) tells the store kind.
var storeTypes = map[typeName]storeKind{
	{"github.com/gorilla/sessions", "CookieStore"}:     storeCookie,
	{"github.com/gorilla/sessions", "FilesystemStore"}: storeServer,
	{"github.com/boj/redistore", "RediStore"}:          storeServer,
	// golangcollege's Session is both the session manager and its store:
	// a cookie, always
	{"github.com/golangcollege/sessions", "Session"}: storeCookie,
}

// A handlerShape is a parameter list that makes a function an HTTP handler:
// every listed type must appear among the parameters.
type handlerShape struct {
	framework string
	params    []paramType
}

type paramType struct {
	typeName
	pointer bool
}

var handlerShapes = []handlerShape{
	{"net/http", []paramType{{typeName{"net/http", "ResponseWriter"}, false}, {typeName{"net/http", "Request"}, true}}},
	{"gin", []paramType{{typeName{"github.com/gin-gonic/gin", "Context"}, true}}},
	{"echo/v3", []paramType{{typeName{"github.com/labstack/echo", "Context"}, false}}},
	{"echo", []paramType{{typeName{"github.com/labstack/echo/v4", "Context"}, false}}},
	{"echo/v5", []paramType{{typeName{"github.com/labstack/echo/v5", "Context"}, true}}},
	{"fiber", []paramType{{typeName{"github.com/gofiber/fiber/v2", "Ctx"}, true}}},
	{"fiber/v3", []paramType{{typeName{"github.com/gofiber/fiber/v3", "Ctx"}, false}}},
}

// A routeKind says what a route API call does.
type routeKind uint8

const (
	routeHandler  routeKind = iota // registers the handler argument on the path argument
	routeGroup                     // returns a router (or route) whose routes get the path as prefix
	routeCallback                  // calls the func(router) argument with a router that has the path as prefix
	routeMount                     // mounts the router argument under the path
	routeLiteral                   // registers a struct literal argument with Path and Handler fields
)

// A routeAPI is a family of route registration methods.
type routeAPI struct {
	kind    routeKind
	pkg     string
	recv    []string // receiver type names (pointer or not); nil for package-level functions
	methods []string
	path    int  // index of the path argument; -1: the path is the receiver's (r.Path("/logout").HandlerFunc(h))
	arg     int  // index of the handler, callback or router argument
	last    bool // the handler is the last argument (middleware comes first)
}

var (
	httpVerbsUpper = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE", "Any"}
	httpVerbsTitle = []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Connect", "Trace", "All"}
)

// routeAPIs lists the route registration calls of the supported routers.
// Other methods of these packages (chi's With, mux's Methods) keep the
// prefix of the router they are called on.
var routeAPIs = []routeAPI{
	{routeHandler, "net/http", nil, []string{"Handle", "HandleFunc"}, 0, 1, false},
	{routeHandler, "net/http", []string{"ServeMux"}, []string{"Handle", "HandleFunc"}, 0, 1, false},

	{routeHandler, "github.com/go-chi/chi/v5", []string{"Mux", "Router"}, append(httpVerbsTitle[:9:9], "Handle", "HandleFunc"), 0, 1, false},
	{routeHandler, "github.com/go-chi/chi/v5", []string{"Mux", "Router"}, []string{"Method", "MethodFunc"}, 1, 2, false},
	{routeCallback, "github.com/go-chi/chi/v5", []string{"Mux", "Router"}, []string{"Route"}, 0, 1, false},
	{routeMount, "github.com/go-chi/chi/v5", []string{"Mux", "Router"}, []string{"Mount"}, 0, 1, false},

	{routeHandler, "github.com/gorilla/mux", []string{"Router"}, []string{"Handle", "HandleFunc"}, 0, 1, false},
	{routeGroup, "github.com/gorilla/mux", []string{"Router", "Route"}, []string{"Path", "PathPrefix"}, 0, 0, false},
	{routeGroup, "github.com/gorilla/mux", []string{"Route"}, []string{"Subrouter"}, -1, 0, false},
	{routeHandler, "github.com/gorilla/mux", []string{"Route"}, []string{"Handler", "HandlerFunc"}, -1, 0, false},

	{routeHandler, "github.com/gin-gonic/gin", []string{"RouterGroup", "Engine", "IRoutes", "IRouter"}, httpVerbsUpper, 0, 1, true},
	{routeHandler, "github.com/gin-gonic/gin", []string{"RouterGroup", "Engine", "IRoutes", "IRouter"}, []string{"Handle", "Match"}, 1, 2, true},
	{routeGroup, "github.com/gin-gonic/gin", []string{"RouterGroup", "Engine", "IRouter"}, []string{"Group"}, 0, 0, false},

	{routeHandler, "github.com/labstack/echo", []string{"Echo", "Group"}, httpVerbsUpper, 0, 1, false},
	{routeHandler, "github.com/labstack/echo", []string{"Echo", "Group"}, []string{"Add", "Match"}, 1, 2, false},
	{routeGroup, "github.com/labstack/echo", []string{"Echo", "Group"}, []string{"Group"}, 0, 0, false},
	{routeHandler, "github.com/labstack/echo/v4", []string{"Echo", "Group"}, httpVerbsUpper, 0, 1, false},
	{routeHandler, "github.com/labstack/echo/v4", []string{"Echo", "Group"}, []string{"Add", "Match"}, 1, 2, false},
	{routeGroup, "github.com/labstack/echo/v4", []string{"Echo", "Group"}, []string{"Group"}, 0, 0, false},
	{routeHandler, "github.com/labstack/echo/v5", []string{"Echo", "Group"}, httpVerbsUpper, 0, 1, false},
	{routeHandler, "github.com/labstack/echo/v5", []string{"Echo", "Group"}, []string{"Add", "Match"}, 1, 2, false},
	{routeGroup, "github.com/labstack/echo/v5", []string{"Echo", "Group"}, []string{"Group"}, 0, 0, false},
	{routeLiteral, "github.com/labstack/echo/v5", []string{"Echo", "Group"}, []string{"AddRoute"}, 0, 0, false},

	{routeHandler, "github.com/gofiber/fiber/v2", []string{"App", "Group", "Router"}, httpVerbsTitle, 0, 1, true},
	{routeHandler, "github.com/gofiber/fiber/v2", []string{"App", "Group", "Router"}, []string{"Add"}, 1, 2, true},
	{routeGroup, "github.com/gofiber/fiber/v2", []string{"App", "Group", "Router"}, []string{"Group"}, 0, 0, false},
	{routeCallback, "github.com/gofiber/fiber/v2", []string{"App", "Group", "Router"}, []string{"Route"}, 0, 1, false},
	{routeHandler, "github.com/gofiber/fiber/v3", []string{"App", "Group", "Router"}, httpVerbsTitle, 0, 1, true},
	{routeHandler, "github.com/gofiber/fiber/v3", []string{"App", "Group", "Router"}, []string{"Add"}, 1, 2, true},
	{routeGroup, "github.com/gofiber/fiber/v3", []string{"App", "Group", "Router"}, []string{"Group", "RouteChain"}, 0, 0, false},
	{routeCallback, "github.com/gofiber/fiber/v3", []string{"App", "Group", "Router"}, []string{"Route"}, 0, 1, false},
	{routeHandler, "github.com/gofiber/fiber/v3", []string{"Register"}, httpVerbsTitle, -1, 0, true},
	{routeGroup, "github.com/gofiber/fiber/v3", []string{"Register"}, []string{"RouteChain"}, 0, 0, false},
}

// routerPackages are the packages of routeAPIs.
var routerPackages = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range routeAPIs {
		m[r.pkg] = true
	}
	return m
}()

// errorResponders are calls that answer a request with an error: a path
// that makes one is an error path, not a successful logout.
var errorResponders = map[string]bool{
	"net/http.Error":    true,
	"net/http.NotFound": true,
	"(*github.com/gin-gonic/gin.Context).AbortWithError": true,
	"(*github.com/gin-gonic/gin.Context).Error":          true,
	"log.Fatal":   true,
	"log.Fatalf":  true,
	"log.Fatalln": true,
	"log.Panic":   true,
	"log.Panicf":  true,
	"os.Exit":     true,
}

// errorConstructors build error values: returning one ends an error path.
var errorConstructors = map[string]bool{
	"errors.New":                            true,
	"fmt.Errorf":                            true,
	"errors.Join":                           true,
	"github.com/labstack/echo.NewHTTPError": true,
	"github.com/labstack/echo/v4.NewHTTPError": true,
	"github.com/labstack/echo/v5.NewHTTPError": true,
	"github.com/gofiber/fiber/v2.NewError":     true,
	"github.com/gofiber/fiber/v3.NewError":     true,
}

// responsePackages are packages whose calls with a 4xx or 5xx status
// argument write an error response.
var responsePackages = map[string]bool{
	"net/http":                    true,
	"github.com/gin-gonic/gin":    true,
	"github.com/labstack/echo":    true,
	"github.com/labstack/echo/v4": true,
	"github.com/labstack/echo/v5": true,
	"github.com/gofiber/fiber/v2": true,
	"github.com/gofiber/fiber/v3": true,
}

// responseFuncs are net/http functions that write the response.
var responseFuncs = map[string]bool{
	"Redirect": true, "Error": true, "NotFound": true, "ServeFile": true, "ServeContent": true,
}

// responseMethodPrefixes are name prefixes of the framework context
// methods that write the response (gin, echo, fiber).
var responseMethodPrefixes = []string{
	"Redirect", "JSON", "String", "HTML", "NoContent", "Render", "Send", "Status", "Data", "XML",
	"Blob", "Stream", "File", "Attachment", "Abort", "Write", "IndentedJSON", "PureJSON",
	"SecureJSON", "AsciiJSON", "JSONP", "YAML", "TOML", "ProtoBuf", "SSEvent", "Inline", "Negotiate", "Download",
}

// requestMethodFields and requestMethodCalls hold the request method, for
// recognising "wrong method" guards: a struct field (type: field name),
// and methods that return it.
var requestMethodFields = map[typeName]string{
	{"net/http", "Request"}: "Method",
}

var requestMethodCalls = map[string]bool{
	"(*github.com/gofiber/fiber/v2.Ctx).Method": true,
	"(github.com/gofiber/fiber/v3.Ctx).Method":  true,
}

// exitFuncs never return: the control-flow graph ends at their calls.
var exitFuncs = map[string]bool{
	"log.Fatal": true, "log.Fatalf": true, "log.Fatalln": true,
	"log.Panic": true, "log.Panicf": true, "log.Panicln": true,
	"os.Exit": true,
}

// knownPackages are the packages the table describes; the custom-store
// name rule never applies to their functions.
var knownPackages = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range sessionAPIs {
		m[apiPackage(a.name)] = true
	}
	for _, h := range handlerShapes {
		for _, p := range h.params {
			m[p.pkg] = true
		}
	}
	for _, r := range routeAPIs {
		m[r.pkg] = true
	}
	for name := range storeConstructors {
		m[apiPackage(name)] = true
	}
	m["github.com/labstack/echo-contrib/session"] = true
	m["github.com/alexedwards/scs/v2/memstore"] = true
	return m
}()

// canonicalPath returns the import path the table uses for the package at
// path. In GOPATH mode a vendored package's path starts with the directory
// it is vendored in (example.com/app/vendor/github.com/gin-gonic/gin);
// everything up to and including the last vendor element is cut, as the go
// command does. In module mode vendored packages keep their own paths.
func canonicalPath(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	if rest, ok := strings.CutPrefix(path, "vendor/"); ok {
		return rest // $GOPATH/src/vendor
	}
	return path
}

// pkgPath returns the canonical import path of pkg, or "" for nil (the
// universe). Every comparison of a package with the table goes through it.
func pkgPath(pkg *types.Package) string {
	if pkg == nil {
		return ""
	}
	return canonicalPath(pkg.Path())
}

// sessionTypes are the session values of the libraries: a call of one of
// their methods that returns something, or a read of one of their fields,
// reads the current session (see sessionGuards.go).
var sessionTypes = []typeName{
	{"github.com/alexedwards/scs/v2", "SessionManager"},
	{"github.com/gorilla/sessions", "Session"},
	{"github.com/gin-contrib/sessions", "Session"},
	{"github.com/gin-gonic/contrib/sessions", "Session"},
	{"github.com/golangcollege/sessions", "Session"},
	{"github.com/gofiber/fiber/v2/middleware/session", "Session"},
	{"github.com/gofiber/fiber/v3/middleware/session", "Session"},
	{"github.com/gofiber/fiber/v3/middleware/session", "Middleware"},
}

// sessionTests are the calls that tell whether the request has a session
// (or a signed-in key in it): true if a true result means it has one.
// The branch where it has none is a "nothing to log out" branch.
var sessionTests = map[string]bool{
	"(*github.com/alexedwards/scs/v2.SessionManager).Exists":          true,  // scs v2.9.0: the key is in the session
	"(*github.com/golangcollege/sessions.Session).Exists":             true,  // the key is in the session
	"(*github.com/gofiber/fiber/v2/middleware/session.Session).Fresh": false, // v2.52.15: the session was created by this request
	"(*github.com/gofiber/fiber/v3/middleware/session.Session).Fresh": false, // v3.1.0: likewise
}

// sessionTestFields are session fields with the same meaning: gorilla's
// IsNew is true for a session that no cookie loaded.
var sessionTestFields = map[typeName]map[string]bool{
	{"github.com/gorilla/sessions", "Session"}: {"IsNew": false},
}

// sessionStorageFields are the fields of session stores that hold the
// sessions' own storage, and storageDeletes the calls that delete keys
// (or all keys) from such storage: called on one of these fields, they
// delete session records (store.Storage.Delete(sid) in fiber).
var sessionStorageFields = map[typeName]string{
	{"github.com/gofiber/fiber/v2/middleware/session", "Store"}: "Storage",
	{"github.com/gofiber/fiber/v3/middleware/session", "Store"}: "Storage",
}

var storageDeletes = map[string]*library{
	"(github.com/gofiber/fiber/v2.Storage).Delete":            libFiber,
	"(github.com/gofiber/fiber/v2.Storage).Reset":             libFiber,
	"(github.com/gofiber/fiber/v3.Storage).Delete":            libFiber,
	"(github.com/gofiber/fiber/v3.Storage).DeleteWithContext": libFiber,
	"(github.com/gofiber/fiber/v3.Storage).Reset":             libFiber,
	"(github.com/gofiber/fiber/v3.Storage).ResetWithContext":  libFiber,
}

// credentialSources are the calls that read the request's credential:
// its cookies, or its session's ID. credentialHeaders read a header,
// which is the credential when its name says so (Authorization,
// X-Auth-Token; see isCredentialHeader). credentialFields are session
// fields holding the ID.
var credentialSources = map[string]bool{
	"(*net/http.Request).Cookie":                                   true,
	"(*net/http.Request).Cookies":                                  true,
	"(*github.com/gin-gonic/gin.Context).Cookie":                   true,
	"(github.com/labstack/echo.Context).Cookie":                    true,
	"(github.com/labstack/echo.Context).Cookies":                   true,
	"(github.com/labstack/echo/v4.Context).Cookie":                 true,
	"(github.com/labstack/echo/v4.Context).Cookies":                true,
	"(*github.com/labstack/echo/v5.Context).Cookie":                true,
	"(*github.com/labstack/echo/v5.Context).Cookies":               true,
	"(*github.com/gofiber/fiber/v2.Ctx).Cookies":                   true,
	"(github.com/gofiber/fiber/v3.Ctx).Cookies":                    true,
	"(*github.com/alexedwards/scs/v2.SessionManager).Token":        true,
	"(*github.com/gofiber/fiber/v2/middleware/session.Session).ID": true,
	"(*github.com/gofiber/fiber/v3/middleware/session.Session).ID": true,
}

var credentialHeaders = map[string]bool{
	"(net/http.Header).Get":                         true,
	"(*github.com/gin-gonic/gin.Context).GetHeader": true,
	"(*github.com/gofiber/fiber/v2.Ctx).Get":        true,
	"(github.com/gofiber/fiber/v3.Ctx).Get":         true,
}

var credentialFields = map[typeName]string{
	{"github.com/gorilla/sessions", "Session"}: "ID",
}

// A storageKind says what the judged argument of a storage call is.
type storageKind uint8

const (
	storageQuery   storageKind = iota // SQL text: a DELETE FROM, or an UPDATE, of a session or token table
	storageKey                        // keys (this argument and the ones after it): a session or token key, or the credential itself
	storageModel                      // a model value: of a session or token type
	storageCommand                    // a command name (DEL, UNLINK), then its keys
)

// A storageAPI is a call on storage an app owns, and which of its
// arguments tells what it deletes.
type storageAPI struct {
	kind storageKind
	arg  int
}

// storageAPIs are the deleting calls of common SQL, ORM, Redis and
// memcache clients, read from their sources. Such a call counts as
// invalidation when what it deletes is a session or a token (see
// storage.go), never by the call alone: a logout that deletes a cache
// entry revokes nothing.
var storageAPIs = map[string]storageAPI{
	// database/sql: also what sqlx's embedded *sql.DB and *sql.Tx run
	"(*database/sql.DB).Exec":                        {storageQuery, 0},
	"(*database/sql.DB).ExecContext":                 {storageQuery, 1},
	"(*database/sql.DB).Query":                       {storageQuery, 0}, // DELETE … RETURNING
	"(*database/sql.DB).QueryContext":                {storageQuery, 1},
	"(*database/sql.DB).QueryRow":                    {storageQuery, 0},
	"(*database/sql.DB).QueryRowContext":             {storageQuery, 1},
	"(*database/sql.Tx).Exec":                        {storageQuery, 0},
	"(*database/sql.Tx).ExecContext":                 {storageQuery, 1},
	"(*database/sql.Conn).ExecContext":               {storageQuery, 1},
	"(*github.com/jmoiron/sqlx.DB).MustExec":         {storageQuery, 0},
	"(*github.com/jmoiron/sqlx.DB).MustExecContext":  {storageQuery, 1},
	"(*github.com/jmoiron/sqlx.DB).NamedExec":        {storageQuery, 0},
	"(*github.com/jmoiron/sqlx.DB).NamedExecContext": {storageQuery, 1},
	"(*github.com/jmoiron/sqlx.Tx).MustExec":         {storageQuery, 0},
	"(*github.com/jmoiron/sqlx.Tx).NamedExec":        {storageQuery, 0},
	// pgx v4 and v5
	"(*github.com/jackc/pgx/v5.Conn).Exec":         {storageQuery, 1},
	"(*github.com/jackc/pgx/v5/pgxpool.Pool).Exec": {storageQuery, 1},
	"(github.com/jackc/pgx/v5.Tx).Exec":            {storageQuery, 1},
	"(*github.com/jackc/pgx/v4.Conn).Exec":         {storageQuery, 1},
	"(*github.com/jackc/pgx/v4/pgxpool.Pool).Exec": {storageQuery, 1},
	"(github.com/jackc/pgx/v4.Tx).Exec":            {storageQuery, 1},
	// gorm v1.25 and jinzhu/gorm v1: Delete(value, conds...) deletes rows of value's model
	"(*gorm.io/gorm.DB).Exec":             {storageQuery, 0},
	"(*gorm.io/gorm.DB).Delete":           {storageModel, 0},
	"(*github.com/jinzhu/gorm.DB).Exec":   {storageQuery, 0},
	"(*github.com/jinzhu/gorm.DB).Delete": {storageModel, 0},
	// go-redis v9 (and v8): the commands are methods of the unexported
	// cmdable, declared in the Cmdable interfaces; keys after the context
	"(github.com/redis/go-redis/v9.cmdable).Del":          {storageKey, 1},
	"(github.com/redis/go-redis/v9.cmdable).Unlink":       {storageKey, 1},
	"(github.com/redis/go-redis/v9.cmdable).GetDel":       {storageKey, 1},
	"(github.com/redis/go-redis/v9.cmdable).HDel":         {storageKey, 1},
	"(github.com/redis/go-redis/v9.GenericCmdable).Del":   {storageKey, 1},
	"(github.com/redis/go-redis/v9.Cmdable).Unlink":       {storageKey, 1},
	"(github.com/redis/go-redis/v9.StringCmdable).GetDel": {storageKey, 1},
	"(github.com/redis/go-redis/v9.HashCmdable).HDel":     {storageKey, 1},
	"(github.com/go-redis/redis/v8.cmdable).Del":          {storageKey, 1},
	"(github.com/go-redis/redis/v8.cmdable).Unlink":       {storageKey, 1},
	"(github.com/go-redis/redis/v8.cmdable).GetDel":       {storageKey, 1},
	"(github.com/go-redis/redis/v8.cmdable).HDel":         {storageKey, 1},
	"(github.com/go-redis/redis/v8.Cmdable).Del":          {storageKey, 1},
	"(github.com/go-redis/redis/v8.Cmdable).Unlink":       {storageKey, 1},
	"(github.com/go-redis/redis/v8.Cmdable).GetDel":       {storageKey, 1},
	"(github.com/go-redis/redis/v8.Cmdable).HDel":         {storageKey, 1},
	// redigo: Do(command, args...)
	"(github.com/gomodule/redigo/redis.Conn).Do": {storageCommand, 0},
	// gomemcache
	"(*github.com/bradfitz/gomemcache/memcache.Client).Delete": {storageKey, 0},
}
