package knowledge

// github.com/flamego/flamego v1.13.0 (commit 5ba4b9a; not served by the Go
// module proxy, read from upstream source): handlers are any functions,
// given their arguments by injection; those taking flamego.Context, the
// flamego.ResponseWriter or the *flamego.Request are recognised (and those
// taking a flamego/session Session, see flamegosession.go). Routes on the
// Router interface that Flame embeds, the handler last, and on the
// ComboRoute that Combo(path) returns; Group(path, fn) registers the
// routes fn adds under path. Context.ResponseWriter() is an
// http.ResponseWriter: WriteHeader(4xx) and http.Error answer errors.
var flamego = register(&Profile{
	Name: "flamego",
	Handlers: []HandlerShape{
		{Framework: "flamego", Params: []Param{Val("github.com/flamego/flamego", "Context")}, AnyResults: true},
		{Framework: "flamego", Params: []Param{Val("github.com/flamego/flamego", "ResponseWriter")}, AnyResults: true},
		{Framework: "flamego", Params: []Param{Ptr("github.com/flamego/flamego", "Request")}, AnyResults: true},
	},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/flamego/flamego", Recv: []string{"Router"}, Methods: flamegoVerbs, Path: 0, Arg: 1, Last: true},
		{Kind: RouteHandler, Pkg: "github.com/flamego/flamego", Recv: []string{"Router"}, Methods: []string{"Routes"}, Path: 0, Arg: 2, Last: true},
		{Kind: RouteGroup, Pkg: "github.com/flamego/flamego", Recv: []string{"Router"}, Methods: []string{"Combo"}, Path: 0, Arg: 0},
		{Kind: RouteCallback, Pkg: "github.com/flamego/flamego", Recv: []string{"Router"}, Methods: []string{"Group"}, Path: 0, Arg: 1},
		{Kind: RouteHandler, Pkg: "github.com/flamego/flamego", Recv: []string{"ComboRoute"}, Methods: flamegoVerbs[:len(flamegoVerbs)-1], Path: -1, Arg: 0, Last: true},
	},
	Responses: []Response{{
		Pkg:            "github.com/flamego/flamego",
		MethodPrefixes: []string{"Redirect", "JSON", "XML", "Binary", "PlainText"},
	}},
	Sessions: []API{
		// writes a Set-Cookie header only
		{Name: "(github.com/flamego/flamego.Context).SetCookie", Effect: Client},
	},
	CredentialCalls: []string{"(github.com/flamego/flamego.Context).Cookie"},
})

// flamegoVerbs are the route methods of a Router; all but Any are a
// ComboRoute's too.
var flamegoVerbs = []string{"Get", "Patch", "Post", "Put", "Delete", "Options", "Head", "Connect", "Trace", "Any"}
