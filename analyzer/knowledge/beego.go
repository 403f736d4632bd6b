package knowledge

// github.com/beego/beego/v2/server/web v2.3.10 (commit 939cfde; not served
// by the Go module proxy, read from upstream source): controllers, whose
// exported methods with no parameters are the handlers, routed by
// web.Router(path, &C{}, "get:Logout") or, with no mapping, by HTTP method
// to Get, Post, …; function handlers func(*context.Context) on web.Get,
// web.Post, web.Any; controller methods as method expressions on
// web.CtrlGet and web.CtrlPost.
var beego = register(&Profile{
	Name: "beego",
	Handlers: []HandlerShape{
		{
			Framework:  "beego",
			Controller: TypeName{"github.com/beego/beego/v2/server/web", "Controller"},
			Verbs:      []string{"Get", "Post", "Delete", "Put", "Head", "Patch", "Options", "Trace"},
		},
		{
			Framework: "beego",
			Params:    []Param{Ptr("github.com/beego/beego/v2/server/web/context", "Context")},
		},
	},
	Routes: []Route{
		{Kind: RouteController, Pkg: "github.com/beego/beego/v2/server/web", Methods: []string{"Router", "NSRouter"}, Path: 0, Arg: 1, Mapping: 2},
		{Kind: RouteController, Pkg: "github.com/beego/beego/v2/server/web", Recv: []string{"HttpServer"}, Methods: []string{"Router"}, Path: 0, Arg: 1, Mapping: 2},
		{Kind: RouteHandler, Pkg: "github.com/beego/beego/v2/server/web", Methods: []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Any", "CtrlGet", "CtrlPost", "CtrlPut", "CtrlPatch", "CtrlDelete", "CtrlAny", "NSGet", "NSPost", "NSAny"}, Path: 0, Arg: 1},
		{Kind: RouteHandler, Pkg: "github.com/beego/beego/v2/server/web", Recv: []string{"HttpServer"}, Methods: []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Any", "CtrlGet", "CtrlPost", "CtrlPut", "CtrlPatch", "CtrlDelete", "CtrlAny"}, Path: 0, Arg: 1},
	},
	ErrorResponders: []string{
		"(*github.com/beego/beego/v2/server/web.Controller).Abort",
		"(*github.com/beego/beego/v2/server/web.Controller).CustomAbort",
		"(*github.com/beego/beego/v2/server/web/context.Context).Abort",
	},
	Responses: []Response{
		{Pkg: "github.com/beego/beego/v2/server/web", MethodPrefixes: []string{"Redirect", "Serve", "Render", "Abort", "CustomAbort"}},
		{Pkg: "github.com/beego/beego/v2/server/web/context", MethodPrefixes: []string{"Redirect", "WriteString", "Abort", "Body", "JSON", "XML", "Download"}},
	},
	Sessions: []API{
		// they write a Set-Cookie header only
		{Name: "(*github.com/beego/beego/v2/server/web/context.Context).SetCookie", Effect: Client},
		{Name: "(*github.com/beego/beego/v2/server/web/context.BeegoOutput).Cookie", Effect: Client},
	},
	CredentialCalls: []string{"(*github.com/beego/beego/v2/server/web/context.Context).GetCookie"},
	Cookies: []CookieCall{
		{Name: "(*github.com/beego/beego/v2/server/web/context.Context).SetCookie", Kind: CookieSet, Arg: 0},
		{Name: "(*github.com/beego/beego/v2/server/web/context.BeegoOutput).Cookie", Kind: CookieSet, Arg: 0},
		{Name: "(*github.com/beego/beego/v2/server/web/context.Context).SetSecureCookie", Kind: CookieSet, Arg: 1},
		{Name: "(*github.com/beego/beego/v2/server/web.Controller).SetSecureCookie", Kind: CookieSet, Arg: 1},
		{Name: "(*github.com/beego/beego/v2/server/web/context.Context).GetCookie", Kind: CookieRead, Arg: 0},
		{Name: "(*github.com/beego/beego/v2/server/web/context.BeegoInput).Cookie", Kind: CookieRead, Arg: 0},
		{Name: "(*github.com/beego/beego/v2/server/web/context.Context).GetSecureCookie", Kind: CookieRead, Arg: 1},
		{Name: "(*github.com/beego/beego/v2/server/web.Controller).GetSecureCookie", Kind: CookieRead, Arg: 1},
	},
})
