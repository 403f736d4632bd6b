package knowledge

// github.com/gin-gonic/gin v1.12.0: handlers func(*gin.Context); routes
// on an Engine, a RouterGroup and their interfaces, the handler last.
var gin = register(&Profile{
	Name: "gin",
	Handlers: []HandlerShape{{
		Framework: "gin",
		Params:    []Param{Ptr("github.com/gin-gonic/gin", "Context")},
		Fix: FixExprs{
			Context:  "{c}.Request.Context()",
			Request:  "{c}.Request",
			Response: "{c}.Writer",
			OnError:  "_ = {c}.AbortWithError({http}.StatusInternalServerError, err)\n\treturn",
		},
	}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/gin-gonic/gin", Recv: []string{"RouterGroup", "Engine", "IRoutes", "IRouter"}, Methods: verbsUpper, Path: 0, Arg: 1, Last: true},
		{Kind: RouteHandler, Pkg: "github.com/gin-gonic/gin", Recv: []string{"RouterGroup", "Engine", "IRoutes", "IRouter"}, Methods: []string{"Handle", "Match"}, Path: 1, Arg: 2, Last: true},
		{Kind: RouteGroup, Pkg: "github.com/gin-gonic/gin", Recv: []string{"RouterGroup", "Engine", "IRouter"}, Methods: []string{"Group"}, Path: 0, Arg: 0},
	},
	ErrorResponders: []string{
		"(*github.com/gin-gonic/gin.Context).AbortWithError",
		"(*github.com/gin-gonic/gin.Context).Error",
	},
	Responses: []Response{{Pkg: "github.com/gin-gonic/gin", MethodPrefixes: contextResponseMethods}},
	Sessions: []API{
		{Name: "(*github.com/gin-gonic/gin.Context).SetCookie", Effect: Client},
	},
	CredentialCalls:   []string{"(*github.com/gin-gonic/gin.Context).Cookie"},
	CredentialHeaders: []string{"(*github.com/gin-gonic/gin.Context).GetHeader"},
	Cookies: []CookieCall{
		{Name: "(*github.com/gin-gonic/gin.Context).SetCookie", Kind: CookieSet, Arg: 0},
		{Name: "(*github.com/gin-gonic/gin.Context).Cookie", Kind: CookieRead, Arg: 0},
	},
})
