package knowledge

// github.com/kataras/iris/v12/sessions v12.2.11. The session's values live
// in the provider's database (memory by default) and every Set, Delete and
// Clear writes there at once: no save. Session.Destroy deletes the entry
// (the cookie stays and loads a new, empty session next time);
// Sessions.Destroy(ctx) deletes it and removes the cookie.
var irisSessions = register(&Profile{
	Name: "iris sessions",
	Library: &Library{
		Name: "iris sessions",
		Hint: "call Destroy on the session, or Destroy(ctx) on the Sessions manager",
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
