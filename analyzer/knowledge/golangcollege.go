package knowledge

// github.com/golangcollege/sessions at 733342e (2020-03-20): the whole
// session is an encrypted cookie, written by the Enable middleware
// whenever it was modified. Destroy only expires the cookie, and a copied
// cookie stays valid until its Lifetime ends: nothing on the server to
// delete, so no fix either.
var golangCollege = register(&Profile{
	Name: "golangcollege/sessions",
	Library: &Library{
		Name:         "golangcollege/sessions",
		Hint:         "keep sessions in a server-side store and delete the session there",
		StoreMatters: true,
	},
	Sessions: []API{
		{Name: "(*github.com/golangcollege/sessions.Session).Destroy", Effect: Delete},
		{Name: "(*github.com/golangcollege/sessions.Session).Remove", Effect: Clear},
		{Name: "(*github.com/golangcollege/sessions.Session).Pop", Effect: Clear},
		{Name: "(*github.com/golangcollege/sessions.Session).PopString", Effect: Clear},
		{Name: "(*github.com/golangcollege/sessions.Session).PopBool", Effect: Clear},
		{Name: "(*github.com/golangcollege/sessions.Session).PopInt", Effect: Clear},
		{Name: "(*github.com/golangcollege/sessions.Session).PopFloat", Effect: Clear},
		{Name: "(*github.com/golangcollege/sessions.Session).PopBytes", Effect: Clear},
		{Name: "(*github.com/golangcollege/sessions.Session).PopTime", Effect: Clear},
	},
	StoreConstructors: []StoreConstructor{
		{Name: "github.com/golangcollege/sessions.New", Kind: StoreCookie},
	},
	StoreTypes: []StoreType{
		// the Session is both the session manager and its store: a cookie, always
		{Type: TypeName{"github.com/golangcollege/sessions", "Session"}, Kind: StoreCookie},
	},
	SessionValues: []TypeName{{"github.com/golangcollege/sessions", "Session"}},
	SessionTests: []Test{
		{Name: "(*github.com/golangcollege/sessions.Session).Exists", Present: true},
	},
})
