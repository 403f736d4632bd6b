package knowledge

// github.com/labstack/echo v3.3.10+incompatible: handlers
// func(echo.Context) error.
var echo3 = register(&Profile{
	Name: "echo/v3",
	Handlers: []HandlerShape{{
		Framework: "echo/v3",
		Params:    []Param{Val("github.com/labstack/echo", "Context")},
	}},
	Routes:            echoRoutes("github.com/labstack/echo"),
	ErrorConstructors: []string{"github.com/labstack/echo.NewHTTPError"},
	Responses:         []Response{{Pkg: "github.com/labstack/echo", MethodPrefixes: contextResponseMethods}},
	Sessions: []API{
		{Name: "(github.com/labstack/echo.Context).SetCookie", Effect: Client},
	},
	CredentialCalls: []string{"(github.com/labstack/echo.Context).Cookie", "(github.com/labstack/echo.Context).Cookies"},
	Cookies: []CookieCall{
		{Name: "(github.com/labstack/echo.Context).SetCookie", Kind: CookieSetStruct, Arg: 0},
		{Name: "(github.com/labstack/echo.Context).Cookie", Kind: CookieRead, Arg: 0},
	},
})

// github.com/labstack/echo/v4 v4.16.0: handlers func(echo.Context) error.
var echo4 = register(&Profile{
	Name: "echo",
	Handlers: []HandlerShape{{
		Framework: "echo",
		Params:    []Param{Val("github.com/labstack/echo/v4", "Context")},
		Fix: FixExprs{
			Context:  "{c}.Request().Context()",
			Request:  "{c}.Request()",
			Response: "{c}.Response()",
		},
	}},
	Routes:            echoRoutes("github.com/labstack/echo/v4"),
	ErrorConstructors: []string{"github.com/labstack/echo/v4.NewHTTPError"},
	Responses:         []Response{{Pkg: "github.com/labstack/echo/v4", MethodPrefixes: contextResponseMethods}},
	Sessions: []API{
		{Name: "(github.com/labstack/echo/v4.Context).SetCookie", Effect: Client},
	},
	CredentialCalls: []string{"(github.com/labstack/echo/v4.Context).Cookie", "(github.com/labstack/echo/v4.Context).Cookies"},
	Cookies: []CookieCall{
		{Name: "(github.com/labstack/echo/v4.Context).SetCookie", Kind: CookieSetStruct, Arg: 0},
		{Name: "(github.com/labstack/echo/v4.Context).Cookie", Kind: CookieRead, Arg: 0},
	},
})

// github.com/labstack/echo/v5 v5.4.4: handlers func(*echo.Context) error;
// AddRoute takes a Route literal.
var echo5 = register(&Profile{
	Name: "echo/v5",
	Handlers: []HandlerShape{{
		Framework: "echo/v5",
		Params:    []Param{Ptr("github.com/labstack/echo/v5", "Context")},
		Fix: FixExprs{
			Context: "{c}.Request().Context()",
		},
	}},
	Routes: append(echoRoutes("github.com/labstack/echo/v5"),
		Route{Kind: RouteLiteral, Pkg: "github.com/labstack/echo/v5", Recv: []string{"Echo", "Group"}, Methods: []string{"AddRoute"}, Path: 0, Arg: 0}),
	ErrorConstructors: []string{"github.com/labstack/echo/v5.NewHTTPError"},
	Responses:         []Response{{Pkg: "github.com/labstack/echo/v5", MethodPrefixes: contextResponseMethods}},
	Sessions: []API{
		{Name: "(*github.com/labstack/echo/v5.Context).SetCookie", Effect: Client},
	},
	CredentialCalls: []string{"(*github.com/labstack/echo/v5.Context).Cookie", "(*github.com/labstack/echo/v5.Context).Cookies"},
	Cookies: []CookieCall{
		{Name: "(*github.com/labstack/echo/v5.Context).SetCookie", Kind: CookieSetStruct, Arg: 0},
		{Name: "(*github.com/labstack/echo/v5.Context).Cookie", Kind: CookieRead, Arg: 0},
	},
})

// echoRoutes returns the routes every echo major version has.
func echoRoutes(pkg string) []Route {
	return []Route{
		{Kind: RouteHandler, Pkg: pkg, Recv: []string{"Echo", "Group"}, Methods: verbsUpper, Path: 0, Arg: 1},
		{Kind: RouteHandler, Pkg: pkg, Recv: []string{"Echo", "Group"}, Methods: []string{"Add", "Match"}, Path: 1, Arg: 2},
		{Kind: RouteGroup, Pkg: pkg, Recv: []string{"Echo", "Group"}, Methods: []string{"Group"}, Path: 0, Arg: 0},
	}
}
