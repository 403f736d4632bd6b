package knowledge

// gopkg.in/macaron.v1 v1.4.0: handlers are any functions, given their
// arguments by injection; those taking *macaron.Context are recognised.
// Routes on the Router that Macaron embeds, the handler last, and on the
// ComboRouter that Combo(pattern) returns. Context embeds Render, whose
// methods write the response.
var macaron = register(&Profile{
	Name: "macaron",
	Handlers: []HandlerShape{{
		Framework: "macaron",
		Params:    []Param{Ptr("gopkg.in/macaron.v1", "Context")},
		// a handler may return what to write (a string, a status and a body)
		AnyResults: true,
	}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "gopkg.in/macaron.v1", Recv: []string{"Router"}, Methods: macaronVerbs, Path: 0, Arg: 1, Last: true},
		{Kind: RouteHandler, Pkg: "gopkg.in/macaron.v1", Recv: []string{"Router"}, Methods: []string{"Route"}, Path: 0, Arg: 2, Last: true},
		{Kind: RouteGroup, Pkg: "gopkg.in/macaron.v1", Recv: []string{"Router"}, Methods: []string{"Combo"}, Path: 0, Arg: 0},
		{Kind: RouteHandler, Pkg: "gopkg.in/macaron.v1", Recv: []string{"ComboRouter"}, Methods: macaronVerbs, Path: -1, Arg: 0, Last: true},
	},
	ErrorResponders: []string{"(gopkg.in/macaron.v1.Render).Error"},
	Responses: []Response{{
		Pkg:            "gopkg.in/macaron.v1",
		MethodPrefixes: append([]string{"PlainText", "RawData", "Error"}, contextResponseMethods...),
	}},
	Sessions: []API{
		// writes a Set-Cookie header only
		{Name: "(*gopkg.in/macaron.v1.Context).SetCookie", Effect: Client},
	},
	CredentialCalls: []string{"(*gopkg.in/macaron.v1.Context).GetCookie"},
	Cookies: []CookieCall{
		{Name: "(*gopkg.in/macaron.v1.Context).SetCookie", Kind: CookieSet, Arg: 0},
		{Name: "(*gopkg.in/macaron.v1.Context).SetSecureCookie", Kind: CookieSet, Arg: 0},
		{Name: "(*gopkg.in/macaron.v1.Context).SetSuperSecureCookie", Kind: CookieSet, Arg: 1},
		{Name: "(*gopkg.in/macaron.v1.Context).GetCookie", Kind: CookieRead, Arg: 0},
		{Name: "(*gopkg.in/macaron.v1.Context).GetSecureCookie", Kind: CookieRead, Arg: 0},
		{Name: "(*gopkg.in/macaron.v1.Context).GetSuperSecureCookie", Kind: CookieRead, Arg: 1},
	},
})

// macaronVerbs are the route methods of a Router and a ComboRouter.
var macaronVerbs = []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Any"}
