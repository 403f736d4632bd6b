package knowledge

// github.com/kataras/iris/v12/sessions v12.2.11. The session's values live
// in the provider's database (memory by default) and every Set, Delete and
// Clear writes there at once: no save. Session.Destroy deletes the entry
// (the cookie stays and loads a new, empty session next time);
// Sessions.Destroy(ctx) deletes it and removes the cookie.
//
// The fix is the manager's Destroy(ctx): Session.Destroy keeps the cookie,
// and the next sign-in in that browser stores the user under the same ID
// again (Start reads a missing entry as a new session of that ID), which
// makes a copy of the old cookie valid once more. Destroy(ctx) removes the
// cookie, so the next sign-in gets a new ID. It also drops what the
// handler stores in the session afterwards (the cookie is gone), so a
// handler that does gets no fix.
var irisSessions = register(&Profile{
	Name: "iris sessions",
	Library: &Library{
		Name:   "iris sessions",
		Hint:   "call Destroy(ctx) on the Sessions manager, which also removes the cookie",
		Values: []Param{Ptr("github.com/kataras/iris/v12/sessions", "Sessions")},
		Held:   []Param{Ptr("github.com/kataras/iris/v12/sessions", "Session")},
		Repair: RepairDestroyHandlerContext,
	},
	Sessions: []API{
		{Name: "(*github.com/kataras/iris/v12/sessions.Session).Destroy", Effect: Kill},
		{Name: "(*github.com/kataras/iris/v12/sessions.Sessions).Destroy", Effect: Kill},
		{Name: "(*github.com/kataras/iris/v12/sessions.Sessions).DestroyByID", Effect: Kill},
		{Name: "(*github.com/kataras/iris/v12/sessions.Sessions).DestroyAll", Effect: Kill},
		{Name: "(*github.com/kataras/iris/v12/sessions.Session).Delete", Effect: Clear},
		{Name: "(*github.com/kataras/iris/v12/sessions.Session).Clear", Effect: Clear},
	},
	SessionValues: []TypeName{{"github.com/kataras/iris/v12/sessions", "Session"}},
	// IsNew: the session was created for this request
	SessionTests:    []Test{{Name: "(*github.com/kataras/iris/v12/sessions.Session).IsNew", Present: false}},
	CredentialCalls: []string{"(*github.com/kataras/iris/v12/sessions.Session).ID"},
})
