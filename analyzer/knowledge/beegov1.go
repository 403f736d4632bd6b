package knowledge

// github.com/astaxie/beego v1.12.3 (beego v1; not served by the Go module
// proxy, read from upstream source): the controllers and routes of beego
// v2 (beego.Router(path, &C{}, "get:Logout"), or by HTTP method to Get,
// Post, …), with function handlers func(*context.Context) (FilterFunc) on
// beego.Get, beego.Post and beego.Any.
var beegoV1 = register(&Profile{
	Name: "beego v1",
	Handlers: []HandlerShape{
		{
			Framework:  "beego v1",
			Controller: TypeName{"github.com/astaxie/beego", "Controller"},
			Verbs:      []string{"Get", "Post", "Delete", "Put", "Head", "Patch", "Options", "Trace"},
		},
		{
			Framework: "beego v1",
			Params:    []Param{Ptr("github.com/astaxie/beego/context", "Context")},
		},
	},
	Routes: []Route{
		{Kind: RouteController, Pkg: "github.com/astaxie/beego", Methods: []string{"Router", "NSRouter"}, Path: 0, Arg: 1, Mapping: 2},
		{Kind: RouteController, Pkg: "github.com/astaxie/beego", Recv: []string{"App", "ControllerRegister"}, Methods: []string{"Router"}, Path: 0, Arg: 1, Mapping: 2},
		{Kind: RouteHandler, Pkg: "github.com/astaxie/beego", Methods: []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Any", "NSGet", "NSPost", "NSAny"}, Path: 0, Arg: 1},
	},
	ErrorResponders: []string{
		"(*github.com/astaxie/beego.Controller).Abort",
		"(*github.com/astaxie/beego.Controller).CustomAbort",
		"(*github.com/astaxie/beego/context.Context).Abort",
	},
	Responses: []Response{
		{Pkg: "github.com/astaxie/beego", MethodPrefixes: []string{"Redirect", "Serve", "Render", "Abort", "CustomAbort"}},
		{Pkg: "github.com/astaxie/beego/context", MethodPrefixes: []string{"Redirect", "WriteString", "Abort", "Body", "JSON", "XML", "Download"}},
	},
	Sessions: []API{
		// they write a Set-Cookie header only
		{Name: "(*github.com/astaxie/beego/context.Context).SetCookie", Effect: Client},
		{Name: "(*github.com/astaxie/beego/context.BeegoOutput).Cookie", Effect: Client},
	},
	CredentialCalls: []string{"(*github.com/astaxie/beego/context.Context).GetCookie"},
	Cookies: []CookieCall{
		{Name: "(*github.com/astaxie/beego/context.Context).SetCookie", Kind: CookieSet, Arg: 0},
		{Name: "(*github.com/astaxie/beego/context.BeegoOutput).Cookie", Kind: CookieSet, Arg: 0},
		{Name: "(*github.com/astaxie/beego/context.Context).SetSecureCookie", Kind: CookieSet, Arg: 1},
		{Name: "(*github.com/astaxie/beego.Controller).SetSecureCookie", Kind: CookieSet, Arg: 1},
		{Name: "(*github.com/astaxie/beego/context.Context).GetCookie", Kind: CookieRead, Arg: 0},
		{Name: "(*github.com/astaxie/beego/context.BeegoInput).Cookie", Kind: CookieRead, Arg: 0},
		{Name: "(*github.com/astaxie/beego/context.Context).GetSecureCookie", Kind: CookieRead, Arg: 1},
		{Name: "(*github.com/astaxie/beego.Controller).GetSecureCookie", Kind: CookieRead, Arg: 1},
	},
})
