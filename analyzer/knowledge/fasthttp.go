package knowledge

// github.com/valyala/fasthttp v1.69.0: handlers func(*fasthttp.RequestCtx)
// (fasthttp.RequestHandler); routes with github.com/fasthttp/router v1.5.4
// on a Router and its Groups, one handler each. RequestCtx answers with
// Error(msg, status) and SetStatusCode; cookies are set and removed on the
// response header, and read from the request header.
var fasthttp = register(&Profile{
	Name: "fasthttp",
	Handlers: []HandlerShape{{
		Framework: "fasthttp",
		Params:    []Param{{TypeName: TypeName{"github.com/valyala/fasthttp", "RequestCtx"}, Pointer: true, Role: Context}},
		Fix: FixExprs{
			Context: "{c}", // a RequestCtx is a context.Context
			OnError: "{c}.Error(err.Error(), {http}.StatusInternalServerError)\n\treturn",
		},
	}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/fasthttp/router", Recv: []string{"Router", "Group"}, Methods: fasthttpVerbs, Path: 0, Arg: 1},
		{Kind: RouteHandler, Pkg: "github.com/fasthttp/router", Recv: []string{"Router", "Group"}, Methods: []string{"Handle"}, Path: 1, Arg: 2},
		{Kind: RouteGroup, Pkg: "github.com/fasthttp/router", Recv: []string{"Router", "Group"}, Methods: []string{"Group"}, Path: 0, Arg: 0},
	},
	ErrorResponders: []string{"(*github.com/valyala/fasthttp.RequestCtx).Error"},
	Responses: []Response{{Pkg: "github.com/valyala/fasthttp", MethodPrefixes: []string{
		"Error", "SetStatusCode", "Redirect", "Success", "SetBody", "Write", "SendFile", "NotFound", "SetContentType",
	}}},
	Sessions: []API{
		// these write Set-Cookie headers only
		{Name: "(*github.com/valyala/fasthttp.ResponseHeader).DelClientCookie", Effect: Client},
		{Name: "(*github.com/valyala/fasthttp.ResponseHeader).SetCookie", Effect: Client},
	},
	CredentialCalls:   []string{"(*github.com/valyala/fasthttp.RequestHeader).Cookie"},
	CredentialHeaders: []string{"(*github.com/valyala/fasthttp.RequestHeader).Peek"},
})

// fasthttpVerbs are fasthttp/router's route methods.
var fasthttpVerbs = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE", "ANY"}
