// Package goframe pins down goframe (gf v2) handlers func(*ghttp.Request),
// their routes and groups, and r.Session: RemoveAll and Remove leave the
// ID valid, RegenerateId rotates the old record away.
package goframe

import (
	"net/http"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

func Routes() {
	s := g.Server()
	s.BindHandler("/login", login)
	s.BindHandler("/logout", bye)
	s.BindHandler("POST:/signout", rotate)
	s.Group("/auth", func(group *ghttp.RouterGroup) {
		group.POST("/logoff", leave)
		group.GET("/catalog/output", login)
		group.Group("/v2", func(v2 *ghttp.RouterGroup) {
			v2.ALL("/log-out", forget)
		})
	})
	s.BindHandler("/sso/logout", func(r *ghttp.Request) { // want `logout handler func literal \(registered on route "/sso/logout"\) leaves the session valid on the server: nothing invalidates it`
		r.Response.RedirectTo("/")
	})
	s.Run()
}

func login(r *ghttp.Request) {
	r.Session.Set("uid", r.Get("uid").String())
	r.Response.RedirectTo("/")
}

// bye answers and touches no session.
func bye(r *ghttp.Request) { // want `logout handler bye \(registered on route "/logout"\) leaves the session valid on the server: nothing invalidates it \(remove the values with RemoveAll and rotate the ID away with RegenerateId\(true\)\)`
	r.Response.WriteJson(g.Map{"status": "bye"})
}

// RemoveAll deletes the record, but the server's Close writes the empty
// session back under the same ID.
func leave(r *ghttp.Request) { // want `logout handler leave \(registered on route "/auth/logoff"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid \(remove the values with RemoveAll and rotate the ID away with RegenerateId\(true\)\)` leave:`session\(cleared\)`
	if err := r.Session.RemoveAll(); err != nil {
		r.Response.WriteStatusExit(http.StatusInternalServerError, err.Error())
	}
	r.Response.RedirectTo("/")
}

func forget(r *ghttp.Request) { // want `logout handler forget \(registered on route "/auth/v2/log-out"\) leaves the session valid on the server: it only removes session values` forget:`session\(cleared\)`
	r.Session.MustRemove("uid")
	r.Response.WriteJsonExit(g.Map{"status": "bye"})
}

// rotate deletes the old record; a request with no session is answered
// 401.
func rotate(r *ghttp.Request) { // want rotate:`session\(kill,cleared\)`
	if ok, _ := r.Session.Contains("uid"); !ok {
		r.Response.WriteStatus(http.StatusUnauthorized)
		return
	}
	if _, err := r.Session.RegenerateId(true); err != nil {
		r.Response.WriteStatusExit(http.StatusInternalServerError)
	}
	r.Session.RemoveAll()
	r.Response.RedirectTo("/")
}

// Expiring the cookie only.
func Logout(r *ghttp.Request) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: it only expires the cookie in the browser`
	r.Cookie.Remove(r.Server.GetSessionIdName())
	r.Response.RedirectTo("/")
}

// A guard middleware's ExitAll ends an error path: SignOut is clean.
func SignOut(r *ghttp.Request) {
	if r.GetSessionId() == "" {
		r.Response.WriteJson(g.Map{"error": "not signed in"})
		r.ExitAll()
	}
	r.Session.MustRegenerateId(true)
	r.Response.WriteHeader(http.StatusNoContent)
}

// An error status on the writer ends an error path.
func LogOff(r *ghttp.Request) { // want `logout handler LogOff \(name matches "log off"\) leaves the session valid on the server: it only removes session values`
	if r.Session.MustGet("uid").IsNil() {
		r.Response.WriteHeader(http.StatusUnauthorized)
		return
	}
	r.Session.RemoveAll()
	r.Response.Write("bye")
}
