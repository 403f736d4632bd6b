package knowledge

// github.com/revel/revel v1.1.0 (commit 23fce31; not served by the Go
// module proxy, read from upstream source): controllers are types
// embedding revel.Controller (by pointer, as a rule), whose methods
// returning a revel.Result are the actions, with parameters bound from the
// request by name. Routes are read from the app's conf/routes file at run
// time ("GET /logout App.Logout"), which logoutcheck does not read: an
// action is logout-like by its name. RenderError, NotFound, Forbidden and
// Todo answer errors; SetCookie only writes a Set-Cookie header. The
// app's own server-side record of a login in revel's cache, keyed by the
// session ID, is deleted by cache.Delete.
var revel = register(&Profile{
	Name: "revel",
	Handlers: []HandlerShape{{
		Framework:    "revel",
		Controller:   TypeName{"github.com/revel/revel", "Controller"},
		Results:      []Param{Val("github.com/revel/revel", "Result")},
		ActionParams: true,
	}},
	ErrorResponders: []string{
		"(*github.com/revel/revel.Controller).RenderError",
		"(*github.com/revel/revel.Controller).NotFound",
		"(*github.com/revel/revel.Controller).Forbidden",
		"(*github.com/revel/revel.Controller).Todo",
	},
	Responses: []Response{{
		Pkg:            "github.com/revel/revel",
		MethodPrefixes: []string{"Render", "Redirect", "NotFound", "Forbidden", "Todo"},
	}},
	RequestMethodFields: []Field{{Type: TypeName{"github.com/revel/revel", "Request"}, Name: "Method"}},
	Sessions: []API{
		// writes a Set-Cookie header only
		{Name: "(*github.com/revel/revel.Controller).SetCookie", Effect: Client},
	},
	CredentialCalls: []string{"(*github.com/revel/revel.Request).Cookie"},
	Storage: []StorageAPI{
		{Name: "github.com/revel/revel/cache.Delete", Kind: StorageKey, Arg: 0},
	},
})
