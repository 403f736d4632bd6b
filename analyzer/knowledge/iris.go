package knowledge

// github.com/kataras/iris/v12 v12.2.11: handlers func(iris.Context), where
// iris.Context is an alias of *context.Context; routes on the Application
// (through its embedded *router.APIBuilder) and on a Party, the handler
// last (middleware first).
var iris = register(&Profile{
	Name: "iris",
	Handlers: []HandlerShape{{
		Framework: "iris",
		Params:    []Param{{TypeName: TypeName{"github.com/kataras/iris/v12/context", "Context"}, Pointer: true, Role: Context}},
		Fix: FixExprs{
			Context:  "{c}.Request().Context()",
			Request:  "{c}.Request()",
			Response: "{c}.ResponseWriter()",
			OnError:  "{c}.StopWithError({http}.StatusInternalServerError, err)\n\treturn",
		},
	}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/kataras/iris/v12/core/router", Recv: []string{"APIBuilder", "Party"}, Methods: irisVerbs, Path: 0, Arg: 1, Last: true},
		{Kind: RouteHandler, Pkg: "github.com/kataras/iris/v12/core/router", Recv: []string{"APIBuilder", "Party"}, Methods: []string{"Handle"}, Path: 1, Arg: 2, Last: true},
		{Kind: RouteGroup, Pkg: "github.com/kataras/iris/v12/core/router", Recv: []string{"APIBuilder", "Party"}, Methods: []string{"Party"}, Path: 0, Arg: 0},
		{Kind: RouteCallback, Pkg: "github.com/kataras/iris/v12/core/router", Recv: []string{"APIBuilder", "Party"}, Methods: []string{"PartyFunc"}, Path: 0, Arg: 1},
	},
	ErrorResponders: []string{
		"(*github.com/kataras/iris/v12/context.Context).StopWithError",
		"(*github.com/kataras/iris/v12/context.Context).StopWithProblem",
	},
	Responses: []Response{{Pkg: "github.com/kataras/iris/v12/context", MethodPrefixes: []string{
		"Redirect", "JSON", "Text", "HTML", "WriteString", "Write", "View", "StatusCode", "StopWith",
		"Problem", "XML", "YAML", "Markdown", "Binary", "SendFile", "ServeContent", "ServeFile", "NotFound", "EndRequest",
	}}},
	RequestMethodCalls: []string{"(*github.com/kataras/iris/v12/context.Context).Method"},
	Sessions: []API{
		{Name: "(*github.com/kataras/iris/v12/context.Context).RemoveCookie", Effect: Client},
	},
	// Logout calls the logout function a middleware registered with
	// SetLogoutFunc: the JWT verifier's puts the token on its blocklist,
	// basic auth's forgets the user.
	Handoffs:          []string{"(*github.com/kataras/iris/v12/context.Context).Logout"},
	CredentialCalls:   []string{"(*github.com/kataras/iris/v12/context.Context).GetCookie"},
	CredentialHeaders: []string{"(*github.com/kataras/iris/v12/context.Context).GetHeader"},
	Cookies: []CookieCall{
		{Name: "(*github.com/kataras/iris/v12/context.Context).SetCookie", Kind: CookieSetStruct, Arg: 0},
		{Name: "(*github.com/kataras/iris/v12/context.Context).SetCookieKV", Kind: CookieSet, Arg: 0},
		{Name: "(*github.com/kataras/iris/v12/context.Context).GetCookie", Kind: CookieRead, Arg: 0},
	},
})

var irisVerbs = []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Connect", "Trace", "Any"}
