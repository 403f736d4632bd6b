package knowledge

// beego's sessions, github.com/beego/beego/v2/server/web and
// server/web/session v2.3.10 (commit 939cfde, read from upstream source).
// (*web.Controller).DestroySession flushes the session and calls
// (*session.Manager).SessionDestroy, which deletes the provider's record
// and expires the cookie; SessionRegenerateID moves the data to a new ID
// and deletes the old one. DelSession and the Store's Delete and Flush
// remove values: the memory provider's store is the record itself, and the
// router's SessionRelease after the handler writes the others' back, so the
// ID survives, anonymous.
var beegoSession = register(&Profile{
	Name: "beego session",
	Library: &Library{
		Name: "beego session",
		Hint: "call DestroySession on the controller",
	},
	Sessions: []API{
		{Name: "(*github.com/beego/beego/v2/server/web.Controller).DestroySession", Effect: Kill},
		{Name: "(*github.com/beego/beego/v2/server/web.Controller).SessionRegenerateID", Effect: Kill},
		{Name: "(*github.com/beego/beego/v2/server/web.Controller).DelSession", Effect: Clear},
		{Name: "(*github.com/beego/beego/v2/server/web/session.Manager).SessionDestroy", Effect: Kill},
		{Name: "(*github.com/beego/beego/v2/server/web/session.Manager).SessionRegenerateID", Effect: Kill},
		{Name: "(github.com/beego/beego/v2/server/web/session.Store).Delete", Effect: Clear},
		{Name: "(github.com/beego/beego/v2/server/web/session.Store).Flush", Effect: Clear},
	},
})
