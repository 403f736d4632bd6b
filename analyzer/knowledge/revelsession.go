package knowledge

// revel's session, github.com/revel/revel/session v1.1.0 (commit 23fce31,
// read from upstream source): Controller.Session is a session.Session, a
// map of the values. revel's one session engine, "revel-cookie" (the
// default of session.engine), keeps the whole map in a signed cookie with
// an expiry time of its own (30 days by default); the session filter
// writes the cookie again after the action whenever the session holds or
// held values. Del, delete(c.Session, k) and a new map remove values from
// that cookie, and a copy of the old cookie stays valid: nothing is on the
// server to delete. An engine of the app's own (RegisterSessionEngine) is
// not seen.
var revelSession = register(&Profile{
	Name: "revel session",
	Library: &Library{
		Name: "revel session",
		Hint: "keep the login on the server, in revel's cache under c.Session.ID(), and delete it there",
		// the store kind decides: always the cookie, unless the app
		// registered an engine of its own
		StoreMatters: true,
	},
	Sessions: []API{
		{Name: "(github.com/revel/revel/session.Session).Del", Effect: Clear},
	},
	SessionMaps: []TypeName{{"github.com/revel/revel/session", "Session"}},
	StoreTypes: []StoreType{
		// the signed cookie of the revel-cookie engine
		{Type: TypeName{"github.com/revel/revel/session", "Session"}, Kind: StoreCookie},
	},
	SessionValues:   []TypeName{{"github.com/revel/revel/session", "Session"}},
	CredentialCalls: []string{"(github.com/revel/revel/session.Session).ID"},
})
