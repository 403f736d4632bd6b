// Package goframerotate pins down rotations that delete the old record
// only when told to: goframe's RegenerateId(deleteOld) keeps the old
// record, and so the old ID, when deleteOld is the constant false; an
// argument the analysis cannot read is taken to delete.
package goframerotate

import (
	"github.com/gogf/gf/v2/net/ghttp"
)

func LogoutKeep(r *ghttp.Request) { // want `logout handler LogoutKeep \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	if _, err := r.Session.RegenerateId(false); err != nil {
		r.Response.WriteStatusExit(500)
	}
	r.Response.RedirectTo("/")
}

func SignOutKeep(r *ghttp.Request) { // want `logout handler SignOutKeep \(name matches "sign out"\) leaves the session valid on the server: nothing invalidates it`
	r.Session.MustRegenerateId(false)
	r.Response.RedirectTo("/")
}

func Logout(r *ghttp.Request) {
	r.Session.MustRegenerateId(true)
	r.Response.RedirectTo("/")
}

// deleteOld is not a constant: taken to delete.
func LogOff(r *ghttp.Request, deleteOld bool) { // want LogOff:`session\(kill\)`
	r.Session.MustRegenerateId(deleteOld)
	r.Response.RedirectTo("/")
}
