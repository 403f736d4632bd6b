package knowledge

// buffalo's sessions, github.com/gobuffalo/buffalo v1.1.4 (commit 50b12d7,
// read from upstream source). c.Session() is a *buffalo.Session wrapping
// the request's gorilla session (its Session field) from the App's
// Options.SessionStore: Delete and Clear remove values from the gorilla
// session's Values in memory, and Save saves it through that store, as
// the context's Render and Redirect do before they answer. What a save
// does is the gorilla store's: with a server-side store, a negative
// Options.MaxAge on c.Session().Session deletes the record; with a
// CookieStore nothing on the server can be deleted, and the replayed old
// cookie keeps its values.
var buffaloSession = register(&Profile{
	Name:    "buffalo session",
	Library: buffaloLib,
	Sessions: []API{
		{Name: "(*github.com/gobuffalo/buffalo.Session).Delete", Effect: ClearPending},
		{Name: "(*github.com/gobuffalo/buffalo.Session).Clear", Effect: ClearPending},
		{Name: "(*github.com/gobuffalo/buffalo.Session).Save", Effect: Save},
		{Name: "(github.com/gobuffalo/buffalo.Context).Render", Effect: Save},
		{Name: "(github.com/gobuffalo/buffalo.Context).Redirect", Effect: Save},
	},
	// New's default store, when the Options literal leaves SessionStore
	// out, is sessions.NewCookieStore with SESSION_SECRET
	StoreConstructors: []StoreConstructor{{
		Name:   "github.com/gobuffalo/buffalo.New",
		Kind:   StoreCookie,
		Unless: Field{Type: TypeName{"github.com/gobuffalo/buffalo", "Options"}, Name: "SessionStore"},
	}},
	SessionValues: []TypeName{{"github.com/gobuffalo/buffalo", "Session"}},
})

// buffaloLib is the library of buffalo's sessions: gorilla sessions, whose
// store decides what a save deletes.
var buffaloLib = &Library{
	Name:         "buffalo session",
	Hint:         "set c.Session().Session.Options.MaxAge = -1 and save the session, with a server-side store",
	StoreMatters: true,
}
