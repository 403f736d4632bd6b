package knowledge

// github.com/cloudwego/hertz v0.10.4: handlers func(context.Context,
// *app.RequestContext) (app.HandlerFunc); routes on a route.Engine (which
// server.Hertz embeds), a RouterGroup and their interfaces, the handler
// last; the *EX variants take the handler and then its name.
var hertz = register(&Profile{
	Name: "hertz",
	Handlers: []HandlerShape{{
		Framework: "hertz",
		Params:    []Param{Ptr("github.com/cloudwego/hertz/pkg/app", "RequestContext")},
		Also:      []Param{{TypeName: TypeName{"context", "Context"}}},
		Fix: FixExprs{
			OnError: "_ = {c}.AbortWithError({http}.StatusInternalServerError, err)\n\treturn",
		},
	}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/cloudwego/hertz/pkg/route", Recv: []string{"RouterGroup", "Engine", "IRoutes", "IRouter"}, Methods: verbsUpper, Path: 0, Arg: 1, Last: true},
		{Kind: RouteHandler, Pkg: "github.com/cloudwego/hertz/pkg/route", Recv: []string{"RouterGroup", "Engine", "IRoutes", "IRouter"}, Methods: []string{"Handle"}, Path: 1, Arg: 2, Last: true},
		{Kind: RouteHandler, Pkg: "github.com/cloudwego/hertz/pkg/route", Recv: []string{"RouterGroup", "Engine", "IRoutes", "IRouter"}, Methods: []string{"GETEX", "POSTEX", "PUTEX", "DELETEEX", "HEADEX", "AnyEX"}, Path: 0, Arg: 1},
		{Kind: RouteHandler, Pkg: "github.com/cloudwego/hertz/pkg/route", Recv: []string{"RouterGroup", "Engine", "IRoutes", "IRouter"}, Methods: []string{"HandleEX"}, Path: 1, Arg: 2},
		{Kind: RouteGroup, Pkg: "github.com/cloudwego/hertz/pkg/route", Recv: []string{"RouterGroup", "Engine", "IRouter"}, Methods: []string{"Group"}, Path: 0, Arg: 0},
	},
	ErrorResponders: []string{
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).AbortWithError",
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).AbortWithMsg",
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Error",
	},
	Responses:          []Response{{Pkg: "github.com/cloudwego/hertz/pkg/app", MethodPrefixes: contextResponseMethods}},
	RequestMethodCalls: []string{"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Method"},
	Sessions: []API{
		// writes a Set-Cookie header only
		{Name: "(*github.com/cloudwego/hertz/pkg/app.RequestContext).SetCookie", Effect: Client},
	},
	CredentialCalls:   []string{"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Cookie"},
	CredentialHeaders: []string{"(*github.com/cloudwego/hertz/pkg/app.RequestContext).GetHeader"},
	Cookies: []CookieCall{
		{Name: "(*github.com/cloudwego/hertz/pkg/app.RequestContext).SetCookie", Kind: CookieSet, Arg: 0},
		{Name: "(*github.com/cloudwego/hertz/pkg/app.RequestContext).Cookie", Kind: CookieRead, Arg: 0},
	},
})
