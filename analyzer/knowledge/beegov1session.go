package knowledge

// beego v1's sessions, github.com/astaxie/beego and beego/session v1.12.3
// (commit cbbb6bf, read from upstream source): as in beego v2, without
// error results. DestroySession flushes the session and calls
// (*session.Manager).SessionDestroy, which deletes the provider's record
// and expires the cookie; SessionRegenerateID moves the data to a new ID
// and deletes the old one; DelSession and the Store's Delete and Flush
// remove values, written back after the handler, so the ID survives.
var beegoV1Session = register(&Profile{
	Name: "beego v1 session",
	Library: &Library{
		Name: "beego session",
		Hint: "call DestroySession on the controller",
	},
	Sessions: []API{
		{Name: "(*github.com/astaxie/beego.Controller).DestroySession", Effect: Kill},
		{Name: "(*github.com/astaxie/beego.Controller).SessionRegenerateID", Effect: Kill},
		{Name: "(*github.com/astaxie/beego.Controller).DelSession", Effect: Clear},
		{Name: "(*github.com/astaxie/beego/session.Manager).SessionDestroy", Effect: Kill},
		{Name: "(*github.com/astaxie/beego/session.Manager).SessionRegenerateID", Effect: Kill},
		{Name: "(github.com/astaxie/beego/session.Store).Delete", Effect: Clear},
		{Name: "(github.com/astaxie/beego/session.Store).Flush", Effect: Clear},
	},
})
