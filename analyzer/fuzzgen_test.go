package analyzer_test

import (
	"fmt"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// This file generates the handlers of FuzzAnalyzer's seed corpus: random
// mixes of session calls, responses, if/switch/for/defer/goto, closures,
// helpers, route registrations and names, for each framework and session
// library, that type-check.

// A genFramework is how handlers of one web framework look. Templates use
// $W, $R and $C for the parameters, $REQ and $RW for the request and
// response writer, $CTX for the request context, $S for the session, $M
// for the scs manager, $H for a handler and $P for a route path; a line
// that is just $ERR ends the path on err.
type genFramework struct {
	name     string
	params   string   // the handler's parameter list
	results  string   // "" or " error"
	funcType string   // the named handler func type, for factories
	req, rw  string   // the *http.Request and http.ResponseWriter, "" if none
	respond  []string // statements that write (part of) the response
	finish   []string // statements that end a normal path
	errExit  []string // statements that end a path on an error err
	fail     []string // statements that end a failure path
	conds    []string
	method   string     // the request method
	cases    []string   // distinct case lists for a switch on the method
	client   []string   // statements that expire the cookie in the browser
	call     []string   // calls of a handler-shaped helper $H
	setup    string     // the router, in a routes function
	routes   []string   // registrations of handler $H on path $P
	names    [][]string // parameter names to choose from: W, R or C
	imports  map[string]string
}

var genFrameworks = []*genFramework{
	{
		name:     "net/http",
		params:   "$W http.ResponseWriter, $R *http.Request",
		funcType: "http.HandlerFunc",
		req:      "$R",
		rw:       "$W",
		respond: []string{
			`http.Redirect($W, $R, "/", http.StatusSeeOther)`,
			`$W.Write([]byte("bye"))`,
			`fmt.Fprintln($W, "bye")`,
			`$W.WriteHeader(http.StatusNoContent)`,
			`$W.Header().Set("X-Bye", "1")`,
			`json.NewEncoder($W).Encode(nil)`,
		},
		finish: []string{"return"},
		errExit: []string{
			"http.Error($W, err.Error(), http.StatusInternalServerError)\nreturn",
			"$W.WriteHeader(500)\nreturn",
			"panic(err)",
			"log.Println(err)\nreturn",
		},
		fail: []string{
			`http.Error($W, "bad request", http.StatusBadRequest)` + "\nreturn",
			"$W.WriteHeader(405)\nreturn",
			`http.NotFound($W, $R)` + "\nreturn",
		},
		conds: []string{
			"$R.Method != http.MethodPost", `$R.Method == "GET"`, `$R.FormValue("all") == ""`,
			`$R.FormValue("all") != ""`, "$R.URL == nil", "len($R.Cookies()) == 0", "$R.ContentLength > 0",
			`!strings.HasPrefix($R.URL.Path, "/x")`, "$R.Context().Err() != nil", "true",
		},
		method: "$R.Method",
		cases:  []string{"http.MethodGet", `"POST"`, `http.MethodDelete, "PUT"`, `"HEAD", "OPTIONS"`},
		client: []string{`http.SetCookie($W, &http.Cookie{Name: "session", MaxAge: -1})`},
		call:   []string{"$H($W, $R)"},
		setup:  "mux := http.NewServeMux()",
		routes: []string{`mux.HandleFunc("$P", $H)`, `http.HandleFunc("$P", $H)`, `mux.Handle("$P", http.HandlerFunc($H))`},
		names:  [][]string{{"w", "rw", "resp"}, {"r", "req"}},
	},
	{
		name:     "gin",
		params:   "$C *gin.Context",
		funcType: "gin.HandlerFunc",
		req:      "$C.Request",
		rw:       "$C.Writer",
		respond: []string{
			`$C.Redirect(http.StatusFound, "/")`,
			`$C.JSON(http.StatusOK, gin.H{"ok": true})`,
			`$C.String(200, "bye")`,
			"$C.Status(204)",
			`$C.Header("X-Bye", "1")`,
		},
		finish: []string{"return"},
		errExit: []string{
			"_ = $C.AbortWithError(http.StatusInternalServerError, err)\nreturn",
			"$C.AbortWithStatus(500)\nreturn",
			"$C.Error(err)\nreturn",
		},
		fail: []string{
			"$C.AbortWithStatus(http.StatusBadRequest)\nreturn",
			`$C.String(403, "no")` + "\nreturn",
		},
		conds:   []string{"$C.Request.Method != http.MethodPost", `$C.Query("all") == ""`, `$C.GetBool("x")`, `$C.FullPath() != ""`, "true"},
		method:  "$C.Request.Method",
		cases:   []string{"http.MethodGet", `"POST"`, `"DELETE"`, `"HEAD", "OPTIONS"`},
		client:  []string{`$C.SetCookie("session", "", -1, "/", "", false, true)`},
		call:    []string{"$H($C)"},
		setup:   "g := gin.New()",
		routes:  []string{`g.POST("$P", $H)`, `g.Group("/auth").GET("$P", $H)`, `g.Handle("POST", "$P", $H)`},
		names:   [][]string{{"c", "ctx"}},
		imports: map[string]string{"gin": "github.com/gin-gonic/gin"},
	},
	{
		name:     "echo",
		params:   "$C echo.Context",
		results:  " error",
		funcType: "echo.HandlerFunc",
		req:      "$C.Request()",
		rw:       "$C.Response()",
		respond: []string{
			`_ = $C.Redirect(http.StatusSeeOther, "/")`,
			"_ = $C.NoContent(http.StatusOK)",
			`$C.Response().Header().Set("X-Bye", "1")`,
		},
		finish: []string{
			"return nil",
			`return $C.Redirect(http.StatusSeeOther, "/")`,
			"return $C.NoContent(http.StatusNoContent)",
			"return $C.JSON(http.StatusOK, nil)",
		},
		errExit: []string{
			"return err",
			"return echo.NewHTTPError(http.StatusInternalServerError, err.Error())",
			"return $C.String(http.StatusInternalServerError, err.Error())",
		},
		fail: []string{
			"return echo.NewHTTPError(http.StatusBadRequest)",
			"return $C.NoContent(http.StatusForbidden)",
			`return errors.New("bad request")`,
		},
		conds:   []string{"$C.Request().Method != http.MethodPost", `$C.QueryParam("all") == ""`, `$C.Get("user") == nil`, "true"},
		method:  "$C.Request().Method",
		cases:   []string{"http.MethodGet", `"POST"`, `"DELETE"`},
		client:  []string{`$C.SetCookie(&http.Cookie{Name: "session", MaxAge: -1})`},
		call:    []string{"_ = $H($C)", "if err := $H($C); err != nil {\n\treturn err\n}"},
		setup:   "e := echo.New()",
		routes:  []string{`e.POST("$P", $H)`, `e.Group("/auth").GET("$P", $H)`, `e.Add("POST", "$P", $H)`},
		names:   [][]string{{"c", "ctx"}},
		imports: map[string]string{"echo": "github.com/labstack/echo/v4"},
	},
	{
		name:     "echo/v5",
		params:   "$C *echo.Context",
		results:  " error",
		funcType: "echo.HandlerFunc",
		req:      "$C.Request()",
		rw:       "$C.Response()",
		respond: []string{
			`_ = $C.Redirect(http.StatusSeeOther, "/")`,
			"_ = $C.NoContent(http.StatusOK)",
			`$C.Response().Header().Set("X-Bye", "1")`,
		},
		finish: []string{
			"return nil",
			`return $C.Redirect(http.StatusSeeOther, "/")`,
			"return $C.NoContent(http.StatusNoContent)",
			"return $C.JSON(http.StatusOK, nil)",
		},
		errExit: []string{
			"return err",
			"return echo.NewHTTPError(http.StatusInternalServerError, err.Error())",
			"return $C.String(http.StatusInternalServerError, err.Error())",
		},
		fail: []string{
			`return echo.NewHTTPError(http.StatusBadRequest, "bad request")`,
			"return $C.NoContent(http.StatusForbidden)",
			`return errors.New("bad request")`,
		},
		conds:   []string{"$C.Request().Method != http.MethodPost", `$C.QueryParam("all") == ""`, `$C.Get("user") == nil`, "true"},
		method:  "$C.Request().Method",
		cases:   []string{"http.MethodGet", `"POST"`, `"DELETE"`},
		client:  []string{`$C.SetCookie(&http.Cookie{Name: "session", MaxAge: -1})`},
		call:    []string{"_ = $H($C)", "if err := $H($C); err != nil {\n\treturn err\n}"},
		setup:   "e := echo.New()",
		routes:  []string{`e.POST("$P", $H)`, `e.Group("/auth").GET("$P", $H)`},
		names:   [][]string{{"c", "ctx"}},
		imports: map[string]string{"echo": "github.com/labstack/echo/v5"},
	},
	{
		name:     "fiber",
		params:   "$C *fiber.Ctx",
		results:  " error",
		funcType: "fiber.Handler",
		respond: []string{
			`_ = $C.Redirect("/")`,
			`_ = $C.SendString("bye")`,
			"$C.Status(fiber.StatusOK)",
			`$C.Set("X-Bye", "1")`,
		},
		finish: []string{
			"return nil",
			`return $C.Redirect("/")`,
			"return $C.SendStatus(fiber.StatusNoContent)",
			`return $C.SendString("bye")`,
		},
		errExit: []string{"return err", "return fiber.NewError(fiber.StatusInternalServerError, err.Error())"},
		fail:    []string{"return $C.SendStatus(fiber.StatusForbidden)", "return fiber.ErrBadRequest"},
		conds:   []string{"$C.Method() != fiber.MethodPost", `$C.Query("all") == ""`, `$C.Locals("user") == nil`, "true"},
		method:  "$C.Method()",
		cases:   []string{"fiber.MethodGet", `"POST"`, `"DELETE"`},
		client:  []string{`$C.ClearCookie("session")`, `$C.Cookie(&fiber.Cookie{Name: "session", MaxAge: -1})`},
		call:    []string{"_ = $H($C)", "if err := $H($C); err != nil {\n\treturn err\n}"},
		setup:   "app := fiber.New()",
		routes:  []string{`app.Post("$P", $H)`, `app.Group("/auth").Get("$P", $H)`, `app.Add("POST", "$P", $H)`},
		names:   [][]string{{"c", "ctx"}},
		imports: map[string]string{"fiber": "github.com/gofiber/fiber/v2"},
	},
	{
		name:     "fiber/v3",
		params:   "$C fiber.Ctx",
		results:  " error",
		funcType: "fiber.Handler",
		respond: []string{
			`_ = $C.Redirect().To("/")`,
			`_ = $C.SendString("bye")`,
			"$C.Status(fiber.StatusOK)",
			`$C.Set("X-Bye", "1")`,
		},
		finish: []string{
			"return nil",
			`return $C.Redirect().To("/")`,
			"return $C.SendStatus(fiber.StatusNoContent)",
			`return $C.SendString("bye")`,
		},
		errExit: []string{"return err", "return fiber.NewError(fiber.StatusInternalServerError, err.Error())"},
		fail:    []string{"return $C.SendStatus(fiber.StatusForbidden)", "return fiber.ErrBadRequest"},
		conds:   []string{"$C.Method() != fiber.MethodPost", `$C.Query("all") == ""`, `$C.Locals("user") == nil`, "true"},
		method:  "$C.Method()",
		cases:   []string{"fiber.MethodGet", `"POST"`, `"DELETE"`},
		client:  []string{`$C.ClearCookie("session")`, `$C.Cookie(&fiber.Cookie{Name: "session", MaxAge: -1})`},
		call:    []string{"_ = $H($C)", "if err := $H($C); err != nil {\n\treturn err\n}"},
		setup:   "app := fiber.New()",
		routes:  []string{`app.Post("$P", $H)`, `app.Group("/auth").Get("$P", $H)`, `app.Add([]string{"POST"}, "$P", $H)`},
		names:   [][]string{{"c", "ctx"}},
		imports: map[string]string{"fiber": "github.com/gofiber/fiber/v3"},
	},
}

// A genLib is a session library as the generator uses it.
type genLib struct {
	name       string
	frameworks []string
	decls      []string          // alternative package-level declarations of store
	always     string            // package-level declarations every program gets
	prologue   map[string]string // by framework: how a handler gets its session
	ops        []string
	conds      []string
	imports    map[string]string // package name -> path
}

var genLibs = []*genLib{
	{
		name:       "scs",
		frameworks: []string{"net/http", "gin", "echo", "echo/v5"},
		always:     "var sm = scs.New()\n\nfunc kill(ctx context.Context) error {\n\treturn sm.Destroy(ctx)\n}",
		ops: []string{
			"$M.Destroy($CTX)", "_ = $M.Destroy($CTX)", "if err := $M.Destroy($CTX); err != nil {\n\t$ERR\n}",
			"$M.RenewToken($CTX)", "if err := $M.RenewToken($CTX); err != nil {\n\t$ERR\n}",
			`$M.Remove($CTX, "user")`, "$M.Clear($CTX)", `_ = $M.PopString($CTX, "user")`, `$M.Put($CTX, "flash", "bye")`,
			`$M.WriteSessionCookie($CTX, $RW, "", time.Time{})`, "_ = kill($CTX)",
		},
		conds:   []string{`$M.GetString($CTX, "user") == ""`, `!$M.Exists($CTX, "user")`},
		imports: map[string]string{"scs": "github.com/alexedwards/scs/v2"},
	},
	{
		name:       "gorilla",
		frameworks: []string{"net/http", "gin", "echo"},
		decls: []string{
			`var store = sessions.NewFilesystemStore("", []byte("key"))`,
			`var store = sessions.NewCookieStore([]byte("key"))`,
			"var store sessions.Store",
			"var store *sessions.CookieStore",
			"var store *sessions.FilesystemStore",
		},
		always: "func expire(s *sessions.Session) {\n\ts.Options.MaxAge = -1\n}",
		prologue: map[string]string{
			"net/http": "$S, err := store.Get($REQ, \"session\")\nif err != nil {\n\t$ERR\n}",
			"gin":      "$S, _ := store.Get($REQ, \"session\")",
			"echo":     "$S, err := session.Get(\"session\", $C)\nif err != nil {\n\t$ERR\n}",
		},
		ops: []string{
			"$S.Options.MaxAge = -1", "$S.Options = &sessions.Options{MaxAge: -1}", "$S.Options.MaxAge = 3600",
			"$S.Save($REQ, $RW)", "_ = $S.Save($REQ, $RW)", "if err := $S.Save($REQ, $RW); err != nil {\n\t$ERR\n}",
			"sessions.Save($REQ, $RW)", `delete($S.Values, "user")`, "$S.Values = map[interface{}]interface{}{}",
			`$S.Values["user"] = nil`, "store.Save($REQ, $RW, $S)", "expire($S)",
		},
		conds: []string{"$S.IsNew", `$S.Values["user"] == nil`},
		imports: map[string]string{
			"sessions": "github.com/gorilla/sessions",
			"session":  "github.com/labstack/echo-contrib/session",
		},
	},
	{
		name:       "gin-contrib",
		frameworks: []string{"gin"},
		decls: []string{
			`var store = cookie.NewStore([]byte("key"))`,
			`var store = memstore.NewStore([]byte("key"))`,
		},
		always:   "func wipe(s sessions.Session) {\n\ts.Clear()\n}",
		prologue: map[string]string{"gin": "$S := sessions.Default($C)"},
		ops: []string{
			"$S.Clear()", `$S.Delete("user")`, "$S.Options(sessions.Options{MaxAge: -1})", "$S.Options(sessions.Options{MaxAge: 60})",
			"$S.Save()", "_ = $S.Save()", "if err := $S.Save(); err != nil {\n\t$ERR\n}", `$S.Set("k", 1)`, "wipe($S)",
		},
		conds: []string{`$S.Get("user") == nil`},
		imports: map[string]string{
			"sessions": "github.com/gin-contrib/sessions",
			"cookie":   "github.com/gin-contrib/sessions/cookie",
			"memstore": "github.com/gin-contrib/sessions/memstore",
		},
	},
	{
		name:       "fiber",
		frameworks: []string{"fiber"},
		always:     "var store = session.New()\n\nfunc drop(s *session.Session) error {\n\treturn s.Destroy()\n}",
		prologue:   map[string]string{"fiber": "$S, err := store.Get($C)\nif err != nil {\n\t$ERR\n}"},
		ops: []string{
			"$S.Destroy()", "_ = $S.Destroy()", "if err := $S.Destroy(); err != nil {\n\t$ERR\n}", "$S.Regenerate()",
			"$S.Reset()", `$S.Delete("user")`, "$S.Save()", "if err := $S.Save(); err != nil {\n\t$ERR\n}",
			"store.Delete($S.ID())", "store.Reset()", `$S.Set("k", 1)`, "_ = drop($S)",
		},
		conds:   []string{`$S.Get("user") == nil`, "$S.Fresh()"},
		imports: map[string]string{"session": "github.com/gofiber/fiber/v2/middleware/session"},
	},
	{
		name:       "custom",
		frameworks: []string{"net/http", "gin", "echo", "echo/v5", "fiber", "fiber/v3"},
		always: "type SessionStore struct{}\n\nfunc (SessionStore) Destroy(id string) error { return nil }\n\nvar tokens SessionStore\n\n" +
			"func RevokeSession(id string) {}\n\n//logoutcheck:invalidates\nfunc dropRow(id string) {}",
		ops: []string{
			`tokens.Destroy("id")`, `_ = tokens.Destroy("id")`, "if err := tokens.Destroy(\"id\"); err != nil {\n\t$ERR\n}",
			`RevokeSession("id")`, `dropRow("id")`,
		},
	},
	{
		name:       "none",
		frameworks: []string{"net/http", "gin", "echo", "echo/v5", "fiber", "fiber/v3"},
	},
	{
		name:       "fiber3-store",
		frameworks: []string{"fiber/v3"},
		always:     "var store = session.NewStore()\n\nfunc drop(s *session.Session) error {\n\treturn s.Destroy()\n}",
		prologue:   map[string]string{"fiber/v3": "$S, err := store.Get($C)\nif err != nil {\n\t$ERR\n}\ndefer $S.Release()"},
		ops: []string{
			"$S.Destroy()", "_ = $S.Destroy()", "if err := $S.Destroy(); err != nil {\n\t$ERR\n}", "$S.Regenerate()",
			"$S.Reset()", `$S.Delete("user")`, "$S.Save()", "if err := $S.Save(); err != nil {\n\t$ERR\n}",
			"store.Delete(context.Background(), $S.ID())", "store.Reset(context.Background())", `$S.Set("k", 1)`, "_ = drop($S)",
		},
		conds:   []string{`$S.Get("user") == nil`, "$S.Fresh()"},
		imports: map[string]string{"session": "github.com/gofiber/fiber/v3/middleware/session"},
	},
	{
		name:       "fiber3-middleware",
		frameworks: []string{"fiber/v3"},
		always:     "var _ = session.New()",
		prologue:   map[string]string{"fiber/v3": "$S := session.FromContext($C)"},
		ops: []string{
			"$S.Destroy()", "_ = $S.Destroy()", "if err := $S.Destroy(); err != nil {\n\t$ERR\n}", "$S.Regenerate()",
			"$S.Reset()", `$S.Delete("user")`, `$S.Set("k", 1)`,
		},
		conds:   []string{`$S.Get("user") == nil`},
		imports: map[string]string{"session": "github.com/gofiber/fiber/v3/middleware/session"},
	},
}

// hideSessionsPackage lets gin-contrib handlers name their session
// sessions, hiding the package: sessions := sessions.Default(c). The
// "Expire the session" fix must then not name sessions.Options.
const hideSessionsPackage = true

// genStd are the standard packages templates may use, by name.
var genStd = map[string]string{
	"context": "context", "errors": "errors", "fmt": "fmt", "http": "net/http", "json": "encoding/json",
	"log": "log", "strings": "strings", "time": "time",
}

var (
	genHandlerNames = []string{
		"Logout", "logout", "handleLogout", "SignOut", "signOut", "userLogoutPost", "log_out", "LogOff",
		"logoffAll", "Signoff", "LogoutURL", "LogoutSuccess", "catalogOutput", "Index", "logoutV2", "Logout2",
		"doLogOut", "HandleSignOut", "logoutΩ", "ログアウトLogout", "Sign_Out", "LOGOUT",
	}
	genHelperNames = []string{"endSession", "cleanup", "finish", "wipeAll", "destroyAll", "helper", "revoke"}
	genPaths       = []string{
		"/logout", "POST /logout", "/auth/sign-out", "/logout/success", "/bye", "/log_out", "/{id}/logout",
		"/users/:id/signout", "GET /logout", "example.com/logout",
	}
)

// generatePrograms returns n generated programs, the same for the same seed.
func generatePrograms(seed uint64, n int) []string {
	var out []string
	for i := range n {
		g := newGen(rand.New(rand.NewPCG(seed, uint64(i))))
		out = append(out, g.program())
	}
	return out
}

// A genLine is a line of code at an indentation depth.
type genLine struct {
	depth int
	text  string
}

type gen struct {
	r   *rand.Rand
	fw  *genFramework
	lib *genLib

	vars     map[string]string // values of $W, $R, $C, $S
	recv     bool              // handlers are methods of *app
	hasStore bool              // a package-level store variable exists
	shadow   string            // a package name that bodies shadow with a variable
	helpers  []string          // names of handler-shaped helpers

	ops, conds, respond, finishes, errExit, fail []string // templates left after shadowing

	// per function
	m       string // the scs manager expression
	inRecv  bool   // the function has the receiver a
	labels  []string
	used    map[string]bool
	loops   int // enclosing for loops (continue allowed)
	breaks  int // enclosing for, switch (break allowed)
	closure bool
}

func newGen(r *rand.Rand) *gen {
	g := &gen{r: r, vars: map[string]string{}}
	for {
		g.lib = genLibs[r.IntN(len(genLibs))]
		g.fw = genFrameworks[r.IntN(len(genFrameworks))]
		if slices.Contains(g.lib.frameworks, g.fw.name) {
			break
		}
	}
	for i, names := range g.fw.names {
		v := names[r.IntN(len(names))]
		switch {
		case len(g.fw.names) == 1:
			g.vars["$C"] = v
		case i == 0:
			g.vars["$W"] = v
		default:
			g.vars["$R"] = v
		}
	}
	g.vars["$S"] = []string{"sess", "s", "session"}[r.IntN(3)]
	g.recv = r.IntN(10) < 3
	g.hasStore = g.lib.always != "" && strings.Contains(g.lib.always, "var store") || len(g.lib.decls) > 0 && (g.lib.prologue[g.fw.name] == "" || strings.Contains(g.lib.prologue[g.fw.name], "store.") || r.IntN(2) == 0)
	if r.IntN(10) == 0 {
		g.shadow = []string{"http", "sessions", "fiber", "gin"}[r.IntN(4)]
	}
	filter := func(ts []string) []string {
		var out []string
		for _, t := range ts {
			if g.shadow != "" && strings.Contains(t, g.shadow+".") {
				continue
			}
			if !g.hasStore && strings.Contains(t, "store.") {
				continue
			}
			out = append(out, t)
		}
		return out
	}
	g.ops = filter(append(slices.Clone(g.lib.ops), g.fw.client...))
	g.conds = filter(append(slices.Clone(g.fw.conds), g.lib.conds...))
	g.respond = filter(g.fw.respond)
	g.finishes = filter(g.fw.finish)
	g.errExit = filter(g.fw.errExit)
	g.fail = filter(g.fw.fail)
	if g.shadow != "" && (len(g.ops) == 0 || len(g.conds) == 0 || len(g.respond) == 0 || len(g.finishes) == 0 ||
		len(g.errExit) == 0 || len(g.fail) == 0 || strings.Contains(g.lib.prologue[g.fw.name], g.shadow+".")) {
		g.shadow = ""
		g.ops = filter(append(slices.Clone(g.lib.ops), g.fw.client...))
		g.conds = filter(append(slices.Clone(g.fw.conds), g.lib.conds...))
		g.respond, g.finishes, g.errExit, g.fail = g.fw.respond, g.fw.finish, g.fw.errExit, g.fw.fail
	}
	if len(g.ops) == 0 {
		g.ops = g.respond
	}
	if hideSessionsPackage && g.lib.name == "gin-contrib" && g.shadow == "" && r.IntN(4) == 0 {
		// the session variable hides the package: sessions := sessions.Default(c)
		g.vars["$S"] = "sessions"
		qualified := func(t string) bool { return strings.Contains(t, "sessions.") }
		g.ops = slices.DeleteFunc(g.ops, qualified)
		g.conds = slices.DeleteFunc(g.conds, qualified)
	}
	return g
}

func (g *gen) pick(ts []string) string { return ts[g.r.IntN(len(ts))] }

// program returns one generated file.
func (g *gen) program() string {
	var decls []string
	if g.lib.always != "" {
		decls = append(decls, g.lib.always)
	}
	if g.hasStore && len(g.lib.decls) > 0 {
		decls = append(decls, g.pick(g.lib.decls))
	}
	if g.recv {
		if g.lib.name == "scs" {
			decls = append(decls, "type app struct {\n\tsm *scs.SessionManager\n}")
		} else {
			decls = append(decls, "type app struct {\n\tname string\n}")
		}
	}
	if g.r.IntN(8) == 0 {
		decls = append(decls, "type Client struct{}\n\nfunc (Client) Logout(ctx context.Context) error { return nil }")
	}

	used := map[string]bool{}
	name := func(pool []string) string {
		n := g.pick(pool)
		for i := 2; used[n]; i++ {
			n = fmt.Sprintf("%s%d", g.pick(pool), i)
		}
		used[n] = true
		return n
	}
	for range g.r.IntN(3) {
		g.helpers = append(g.helpers, name(genHelperNames))
	}
	for _, h := range g.helpers {
		doc := ""
		if g.r.IntN(6) == 0 {
			doc = "//logoutcheck:invalidates\n"
		}
		decls = append(decls, doc+g.funcDecl(h, g.recv))
	}
	var handlers []string
	for range 1 + g.r.IntN(3) {
		h := name(genHandlerNames)
		handlers = append(handlers, h)
		doc := ""
		switch g.r.IntN(20) {
		case 0:
			doc = "//logoutcheck:ignore the identity provider ends the session\n"
		case 1:
			doc = "//logoutcheck:ignore\n"
		case 2:
			doc = "// " + h + " ends the visit.\n"
		}
		decls = append(decls, doc+g.funcDecl(h, g.recv))
	}
	if g.r.IntN(3) == 0 {
		// a literal assigned to a logout-like variable
		v := name([]string{"logoutHandler", "signOutFn", "handler", "logout"})
		decls = append(decls, g.render(g.litDecl("var "+v+" = ", "", false)))
	}
	if g.r.IntN(3) == 0 {
		// a factory
		f := name([]string{"LogoutHandler", "NewSignOut", "MakeHandler", "logoutHandlerFor"})
		head := "func " + f + "() " + g.fw.funcType + " {"
		if g.recv {
			head = "func (a *app) " + f + "() " + g.fw.funcType + " {"
		}
		lines := []genLine{{0, head}}
		lines = append(lines, g.litDecl("return ", "", g.recv)...)
		for i := 1; i < len(lines); i++ {
			lines[i].depth++
		}
		decls = append(decls, g.render(append(lines, genLine{0, "}"})))
	}
	if g.r.IntN(2) == 0 {
		decls = append(decls, g.routesFunc(handlers))
	}
	if g.fw.name == "net/http" && !g.recv && g.r.IntN(4) == 0 {
		t := name([]string{"LogoutHandler", "signOutPage", "Home"})
		decls = append(decls, "type "+t+" struct{}\n\n"+g.funcDeclWith("func ("+t+") ServeHTTP", false))
	}

	body := strings.Join(decls, "\n\n")
	var imports []string
	pkgs := maps2(maps2(genStd, g.fw.imports), g.lib.imports)
	if g.lib.name == "gorilla" && g.fw.name != "echo" {
		delete(pkgs, "session") // echo-contrib's; elsewhere a session variable may be called session
	}
	// now and then, import net/http or sessions under another name
	renames := map[string]string{}
	if g.r.IntN(8) == 0 {
		renames["http"] = "nethttp"
	}
	if g.r.IntN(4) == 0 && g.vars["$S"] != "sessions" {
		renames["sessions"] = "sessions2"
	}
	for name, path := range pkgs {
		use := regexp.MustCompile(`(^|[^\w.])` + name + `\.`)
		if !use.MatchString(body) {
			continue
		}
		if alias, ok := renames[name]; ok {
			body = use.ReplaceAllString(body, "${1}"+alias+".")
			imports = append(imports, fmt.Sprintf("%s %q", alias, path))
			continue
		}
		imports = append(imports, fmt.Sprintf("%q", path))
	}
	sort.Strings(imports)
	src := "package p\n\n"
	if g.r.IntN(30) == 0 {
		src = "// Code generated by handlergen. DO NOT EDIT.\n\n" + src
	}
	switch len(imports) {
	case 0:
	case 1:
		src += "import " + imports[0] + "\n\n"
	default:
		src += "import (\n\t" + strings.Join(imports, "\n\t") + "\n)\n\n"
	}
	return src + body + "\n"
}

func maps2(a, b map[string]string) map[string]string {
	m := map[string]string{}
	for k, v := range a {
		m[k] = v
	}
	for k, v := range b {
		m[k] = v
	}
	return m
}

// funcDecl returns a handler-shaped function declaration.
func (g *gen) funcDecl(name string, method bool) string {
	if method {
		return g.funcDeclWith("func (a *app) "+name, true)
	}
	return g.funcDeclWith("func "+name, false)
}

func (g *gen) funcDeclWith(head string, method bool) string {
	lines := []genLine{{0, head + "(" + g.expand(g.fw.params) + ")" + g.fw.results + " {"}}
	lines = append(lines, g.funcBody(1, method)...)
	lines = append(lines, genLine{0, "}"})
	return g.render(lines)
}

// litDecl returns a handler literal: prefix, the literal, suffix.
func (g *gen) litDecl(prefix, suffix string, method bool) []genLine {
	lines := []genLine{{0, prefix + "func(" + g.expand(g.fw.params) + ")" + g.fw.results + " {"}}
	lines = append(lines, g.funcBody(1, method)...)
	return append(lines, genLine{0, "}" + suffix})
}

// routesFunc registers handlers, by name or as literals.
func (g *gen) routesFunc(handlers []string) string {
	head := "func routes() {"
	if g.recv {
		head = "func (a *app) routes() {"
	}
	lines := []genLine{{0, head}, {1, g.fw.setup}}
	for range 1 + g.r.IntN(2) {
		reg := strings.ReplaceAll(g.pick(g.fw.routes), "$P", g.pick(genPaths))
		before, after, _ := strings.Cut(reg, "$H")
		if g.r.IntN(2) == 0 {
			h := g.pick(handlers)
			if g.recv {
				h = "a." + h
			}
			lines = append(lines, genLine{1, before + h + after})
			continue
		}
		for _, l := range g.litDecl(before, after, g.recv) {
			lines = append(lines, genLine{l.depth + 1, l.text})
		}
	}
	setupVar, _, _ := strings.Cut(g.fw.setup, " ")
	if !strings.Contains(g.render(lines[2:]), setupVar+".") {
		lines = append(lines, genLine{1, "_ = " + setupVar})
	}
	return g.render(append(lines, genLine{0, "}"}))
}

// funcBody returns the statements of a handler-shaped function at depth d.
func (g *gen) funcBody(d int, method bool) []genLine {
	g.inRecv = method
	g.m = "sm"
	if method && g.lib.name == "scs" && g.r.IntN(3) > 0 {
		g.m = "a.sm"
	}
	g.labels, g.used, g.loops, g.breaks, g.closure = nil, map[string]bool{}, 0, 0, false

	var out []genLine
	if p := g.lib.prologue[g.fw.name]; p != "" {
		out = append(out, g.text(d, p)...)
		out = append(out, g.text(d, "_ = $S")...)
	}
	if g.shadow != "" {
		out = append(out, g.text(d, g.shadow+" := 0\n_ = "+g.shadow)...)
	}
	for i := range g.r.IntN(3) {
		if g.r.IntN(2) == 0 {
			g.labels = append(g.labels, fmt.Sprintf("L%d", i))
		}
	}
	var chunks [][]genLine
	for range 1 + g.r.IntN(5) {
		chunks = append(chunks, g.stmt(d, 0))
	}
	for _, l := range g.labels {
		if !g.used[l] {
			i := g.r.IntN(len(chunks) + 1)
			chunks = slices.Insert(chunks, i, g.text(d, "if "+g.cond()+" {\n\tgoto "+l+"\n}"))
		}
	}
	for _, l := range g.labels {
		i := g.r.IntN(len(chunks) + 1)
		chunks = slices.Insert(chunks, i, []genLine{{d - 1, l + ":"}})
	}
	if g.fw.results != "" || g.r.IntN(2) == 0 {
		chunks = append(chunks, g.text(d, g.pick(g.finishes)))
	}
	for _, c := range chunks {
		out = append(out, c...)
	}
	return out
}

// stmt returns a random statement at depth d, nesting level.
func (g *gen) stmt(d, level int) []genLine {
	for {
		switch k := g.r.IntN(22); {
		case k < 6:
			return g.text(d, g.pick(g.ops))
		case k < 8:
			return g.text(d, g.pick(g.respond))
		case k < 11 && level < 3:
			return g.ifStmt(d, level)
		case k < 12 && level < 3:
			return g.switchStmt(d, level)
		case k < 13 && level < 3:
			return g.forStmt(d, level)
		case k < 14:
			return g.deferStmt(d, level)
		case k < 15 && len(g.labels) > 0 && !g.closure:
			l := g.pick(g.labels)
			g.used[l] = true
			return g.text(d, "goto "+l)
		case k < 16 && level < 3:
			return g.closureStmt(d, level)
		case k < 17 && len(g.helpers) > 0 && (g.inRecv || !g.recv):
			h := g.pick(g.helpers)
			if g.recv {
				h = "a." + h
			}
			t := g.pick(g.fw.call)
			if g.closure {
				t = g.fw.call[0]
			}
			return g.text(d, strings.ReplaceAll(t, "$H", h))
		case k < 18 && level > 0:
			return g.finish(d)
		case k < 19 && g.breaks > 0:
			if g.loops > 0 && g.r.IntN(2) == 0 {
				return g.text(d, "continue")
			}
			return g.text(d, "break")
		case k < 20 && level < 3:
			return g.wrap(d, "{", g.block(d+1, level+1), "}")
		case k < 21:
			return g.text(d, g.pick([]string{`panic("unreachable")`, "_ = 0", ";"}))
		case k < 22 && level < 3:
			return g.wrap(d, "if "+g.cond()+" {", g.text(d+1, g.pick(g.failures())), "}")
		}
	}
}

func (g *gen) failures() []string {
	if g.closure {
		return []string{"return", `panic("failed")`}
	}
	return g.fail
}

func (g *gen) finish(d int) []genLine {
	if g.closure {
		return g.text(d, "return")
	}
	var out []genLine
	if g.r.IntN(2) == 0 {
		out = g.text(d, g.pick(g.respond))
	}
	return append(out, g.text(d, g.pick(g.finishes))...)
}

func (g *gen) block(d, level int) []genLine {
	var out []genLine
	for range g.r.IntN(4) {
		out = append(out, g.stmt(d, level)...)
	}
	return out
}

func (g *gen) wrap(d int, head string, body []genLine, tail string) []genLine {
	out := []genLine{{d, head}}
	out = append(out, body...)
	return append(out, genLine{d, tail})
}

func (g *gen) ifStmt(d, level int) []genLine {
	out := g.wrap(d, "if "+g.cond()+" {", g.block(d+1, level+1), "}")
	switch g.r.IntN(3) {
	case 0:
		out[len(out)-1].text = "} else {"
		out = append(out, g.block(d+1, level+1)...)
		out = append(out, genLine{d, "}"})
	case 1:
		out[len(out)-1].text = "} else if " + g.cond() + " {"
		out = append(out, g.block(d+1, level+1)...)
		out = append(out, genLine{d, "}"})
	}
	return out
}

func (g *gen) switchStmt(d, level int) []genLine {
	g.breaks++
	defer func() { g.breaks-- }()
	var out []genLine
	if g.r.IntN(3) == 0 {
		out = append(out, genLine{d, "switch {"})
		conds := slices.Clone(g.conds)
		g.r.Shuffle(len(conds), func(i, j int) { conds[i], conds[j] = conds[j], conds[i] })
		for _, c := range conds[:1+g.r.IntN(min(3, len(conds)))] {
			out = append(out, genLine{d, "case " + g.expand(c) + ":"})
			out = append(out, g.block(d+1, level+1)...)
		}
	} else {
		out = append(out, genLine{d, "switch " + g.expand(g.fw.method) + " {"})
		cases := slices.Clone(g.fw.cases)
		if g.shadow != "" {
			cases = slices.DeleteFunc(cases, func(c string) bool { return strings.Contains(c, g.shadow+".") })
		}
		g.r.Shuffle(len(cases), func(i, j int) { cases[i], cases[j] = cases[j], cases[i] })
		for _, c := range cases[:g.r.IntN(len(cases)+1)] {
			out = append(out, genLine{d, "case " + c + ":"})
			out = append(out, g.block(d+1, level+1)...)
		}
	}
	if g.r.IntN(2) == 0 {
		out = append(out, genLine{d, "default:"})
		out = append(out, g.block(d+1, level+1)...)
	}
	return append(out, genLine{d, "}"})
}

func (g *gen) forStmt(d, level int) []genLine {
	g.loops++
	g.breaks++
	defer func() { g.loops--; g.breaks-- }()
	switch g.r.IntN(4) {
	case 0:
		return g.wrap(d, "for i := 0; i < 2; i++ {", g.block(d+1, level+1), "}")
	case 1:
		return g.wrap(d, "for range 2 {", g.block(d+1, level+1), "}")
	case 2:
		return g.wrap(d, "for {", append(g.block(d+1, level+1), genLine{d + 1, "break"}), "}")
	}
	body := append(g.text(d+1, "_ = k"), g.block(d+1, level+1)...)
	return g.wrap(d, `for _, k := range []string{"a", "b"} {`, body, "}")
}

// inClosure runs f with the state of a function literal's body.
func (g *gen) inClosure(f func()) {
	closure, loops, breaks := g.closure, g.loops, g.breaks
	g.closure, g.loops, g.breaks = true, 0, 0
	f()
	g.closure, g.loops, g.breaks = closure, loops, breaks
}

func (g *gen) deferStmt(d, level int) []genLine {
	if level < 3 && g.r.IntN(2) == 0 {
		var body []genLine
		g.inClosure(func() { body = g.block(d+1, level+1) })
		return g.wrap(d, "defer func() {", body, "}()")
	}
	var calls []string
	for _, t := range g.ops {
		if !strings.ContainsAny(t, "=\n") && !strings.HasPrefix(t, "if ") {
			calls = append(calls, t)
		}
	}
	if len(calls) == 0 {
		return g.text(d, "defer func() {}()")
	}
	return g.text(d, "defer "+g.pick(calls))
}

func (g *gen) closureStmt(d, level int) []genLine {
	var body []genLine
	g.inClosure(func() { body = g.block(d+1, level+1) })
	switch g.r.IntN(3) {
	case 0:
		return g.wrap(d, "func() {", body, "}()")
	case 1:
		return g.wrap(d, "go func() {", body, "}()")
	}
	out := []genLine{{d, "{"}, {d + 1, "f := func() {"}}
	for _, l := range body {
		out = append(out, genLine{l.depth + 1, l.text})
	}
	return append(out, genLine{d + 1, "}"}, genLine{d + 1, "f()"}, genLine{d, "}"})
}

// text expands a template into lines at depth d: leading tabs of a
// template line add depth, and a $ERR line becomes an error exit.
func (g *gen) text(d int, tmpl string) []genLine {
	var out []genLine
	for _, line := range strings.Split(tmpl, "\n") {
		trimmed := strings.TrimLeft(line, "\t")
		depth := d + len(line) - len(trimmed)
		if trimmed == "$ERR" {
			exit := g.pick(g.errExit)
			if g.closure {
				exit = "panic(err)"
			}
			out = append(out, g.text(depth, exit)...)
			continue
		}
		out = append(out, genLine{depth, g.expand(trimmed)})
	}
	return out
}

// expand replaces the placeholders of a template line.
func (g *gen) expand(s string) string {
	r := strings.NewReplacer(
		"$CTX", "$REQ.Context()",
		"$REQ", g.fw.req,
		"$RW", g.fw.rw,
		"$M", g.m,
		"$W", g.vars["$W"],
		"$R", g.vars["$R"],
		"$C", g.vars["$C"],
		"$S", g.vars["$S"],
	)
	for range 3 {
		s = r.Replace(s)
	}
	return s
}

// render formats lines with tabs, or now and then with spaces or a
// function body on one line.
func (g *gen) render(lines []genLine) string {
	switch g.r.IntN(12) {
	case 0:
		// one line: semicolons where newlines would end statements
		var b strings.Builder
		for i, l := range lines {
			b.WriteString(l.text)
			if i == len(lines)-1 {
				break
			}
			switch {
			case strings.HasSuffix(l.text, "{"), strings.HasSuffix(l.text, ":"):
				b.WriteString(" ")
			default:
				b.WriteString("; ")
			}
		}
		return b.String()
	case 1:
		return renderIndent(lines, "    ")
	case 2:
		return renderIndent(lines, "  ")
	}
	return renderIndent(lines, "\t")
}

func renderIndent(lines []genLine, indent string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strings.Repeat(indent, max(l.depth, 0)) + l.text)
	}
	return b.String()
}

// TestGeneratedProgramsTypeCheck keeps the generator honest: its programs
// are seeds for the checks that need type-checked code.
func TestGeneratedProgramsTypeCheck(t *testing.T) {
	imp := fuzzImporter(t)
	bad := 0
	for i, src := range generatePrograms(1, 150) {
		p := parseAndCheck(imp, src)
		switch {
		case p == nil:
			_, err := parser.ParseFile(token.NewFileSet(), fuzzFile, src, 0)
			t.Errorf("program %d does not parse: %v\n%s", i, err, src)
		case len(p.typeErrs) > 0:
			t.Errorf("program %d does not type-check: %v\n%s", i, p.typeErrs[0], src)
		default:
			continue
		}
		if bad++; bad == 5 {
			t.Fatal("too many bad programs")
		}
	}
}

func (g *gen) cond() string { return g.expand(g.pick(g.conds)) }
