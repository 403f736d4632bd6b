package knowledge

// github.com/gobuffalo/buffalo v1.1.4 (commit 50b12d7; not served by the
// Go module proxy, read from upstream source): handlers func(buffalo.Context)
// error (buffalo.Handler), routed by the App's GET, POST, … and ANY, on
// the App that Group(path) returns too, and by Resource(path, r), which
// routes r's List, Create, New, Show, Update, Destroy and Edit under path
// (the ID parameter's name comes from the type's: {id} here). A handler
// answers an error by returning c.Error(status, err), or by rendering
// with a 4xx or 5xx status; cookies are set and deleted through
// c.Cookies().
var buffalo = register(&Profile{
	Name: "buffalo",
	Handlers: []HandlerShape{{
		Framework: "buffalo",
		Params:    []Param{Val("github.com/gobuffalo/buffalo", "Context")},
		Fix: FixExprs{
			Context:  "{c}",
			Request:  "{c}.Request()",
			Response: "{c}.Response()",
		},
	}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/gobuffalo/buffalo", Recv: []string{"App"}, Methods: []string{"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "ANY"}, Path: 0, Arg: 1},
		{Kind: RouteGroup, Pkg: "github.com/gobuffalo/buffalo", Recv: []string{"App"}, Methods: []string{"Group"}, Path: 0, Arg: 0},
		{Kind: RouteResource, Pkg: "github.com/gobuffalo/buffalo", Recv: []string{"App"}, Methods: []string{"Resource"}, Path: 0, Arg: 1, Actions: []Action{
			{"List", "GET", "/"}, {"Create", "POST", "/"}, {"New", "GET", "/new"}, {"Show", "GET", "/{id}"},
			{"Update", "PUT", "/{id}"}, {"Destroy", "DELETE", "/{id}"}, {"Edit", "GET", "/{id}/edit"},
		}},
	},
	ErrorConstructors: []string{"(github.com/gobuffalo/buffalo.Context).Error"},
	Responses:         []Response{{Pkg: "github.com/gobuffalo/buffalo", MethodPrefixes: []string{"Render", "Redirect", "Error"}}},
	Sessions: []API{
		// they write Set-Cookie headers only
		{Name: "(*github.com/gobuffalo/buffalo.Cookies).Set", Effect: Client},
		{Name: "(*github.com/gobuffalo/buffalo.Cookies).SetWithExpirationTime", Effect: Client},
		{Name: "(*github.com/gobuffalo/buffalo.Cookies).SetWithPath", Effect: Client},
		{Name: "(*github.com/gobuffalo/buffalo.Cookies).Delete", Effect: Client},
	},
	CredentialCalls: []string{"(*github.com/gobuffalo/buffalo.Cookies).Get"},
})
