package knowledge

// github.com/gogf/gf/v2 v2.10.2, net/ghttp (commit 9a91bd2; not served by
// the Go module proxy, read from upstream source): handlers
// func(*ghttp.Request) (ghttp.HandlerFunc), routed by the Server's
// BindHandler and by a RouterGroup's GET, POST, … and ALL; Server.Group and
// RouterGroup.Group give their callbacks a group under the prefix, and a
// group's Bind routes strict handlers, and the methods of objects, by the
// path and method tags of their request's g.Meta. Strict
// handlers func(ctx context.Context, req *XReq) (*XRes, error), whose XReq
// embeds g.Meta (gmeta.Meta), answer an error by returning one (gerror's
// constructors) and reach the request through g.RequestFromCtx(ctx). The
// Response answers with WriteStatus and the WriteHeader of the writer it
// embeds; Exit, ExitAll and the Response's …Exit methods and RedirectTo
// panic to end the handler. Cookies are read, set and removed through
// r.Cookie.
var goframe = register(&Profile{
	Name: "goframe",
	Handlers: []HandlerShape{
		{
			Framework: "goframe",
			Params:    []Param{{TypeName: TypeName{"github.com/gogf/gf/v2/net/ghttp", "Request"}, Pointer: true, Role: Context}},
		},
		{
			Framework: "goframe",
			Params:    []Param{{TypeName: TypeName{"github.com/gogf/gf/v2/util/gmeta", "Meta"}, Pointer: true, Embeds: true}},
			Also:      []Param{Val("context", "Context")},
			// the bound response and an error
			AnyResults: true,
		},
	},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/gogf/gf/v2/net/ghttp", Recv: []string{"Server"}, Methods: []string{"BindHandler"}, Path: 0, Arg: 1},
		{Kind: RouteHandler, Pkg: "github.com/gogf/gf/v2/net/ghttp", Recv: []string{"RouterGroup"}, Methods: []string{"GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "CONNECT", "OPTIONS", "TRACE", "ALL"}, Path: 0, Arg: 1},
		{Kind: RouteCallback, Pkg: "github.com/gogf/gf/v2/net/ghttp", Recv: []string{"Server", "RouterGroup", "Domain"}, Methods: []string{"Group"}, Path: 0, Arg: 1},
		{Kind: RouteTagged, Pkg: "github.com/gogf/gf/v2/net/ghttp", Recv: []string{"RouterGroup"}, Methods: []string{"Bind"}, Arg: 0, Tagged: TagKeys{
			Type: TypeName{"github.com/gogf/gf/v2/util/gmeta", "Meta"}, Path: "path", Method: "method",
		}},
	},
	// ExitAll ends this handler and the ones after it: an error or guard
	// answer (a middleware's "not signed in")
	ErrorResponders: []string{"(*github.com/gogf/gf/v2/net/ghttp.Request).ExitAll"},
	ErrorConstructors: []string{
		"github.com/gogf/gf/v2/errors/gerror.New",
		"github.com/gogf/gf/v2/errors/gerror.Newf",
		"github.com/gogf/gf/v2/errors/gerror.NewCode",
		"github.com/gogf/gf/v2/errors/gerror.NewCodef",
		"github.com/gogf/gf/v2/errors/gerror.Wrap",
		"github.com/gogf/gf/v2/errors/gerror.Wrapf",
		"github.com/gogf/gf/v2/errors/gerror.WrapCode",
		"github.com/gogf/gf/v2/errors/gerror.WrapCodef",
	},
	ExitFuncs: []string{
		"(*github.com/gogf/gf/v2/net/ghttp.Request).Exit",
		"(*github.com/gogf/gf/v2/net/ghttp.Request).ExitAll",
		"(*github.com/gogf/gf/v2/net/ghttp.Request).ExitHook",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).WriteExit",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).WriteOverExit",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).WritefExit",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).WritelnExit",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).WriteflnExit",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).WriteJsonExit",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).WriteJsonPExit",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).WriteXmlExit",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).WriteStatusExit",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).RedirectTo",
		"(*github.com/gogf/gf/v2/net/ghttp.Response).RedirectBack",
	},
	Responses: []Response{
		{Pkg: "github.com/gogf/gf/v2/net/ghttp", MethodPrefixes: []string{"Write", "Redirect", "Serve"}},
		{Pkg: "github.com/gogf/gf/v2/net/ghttp/internal/response", MethodPrefixes: []string{"WriteHeader", "Write"}},
	},
	Sessions: []API{
		// they write Set-Cookie headers only
		{Name: "(*github.com/gogf/gf/v2/net/ghttp.Cookie).Remove", Effect: Client},
		{Name: "(*github.com/gogf/gf/v2/net/ghttp.Cookie).RemoveCookie", Effect: Client},
		{Name: "(*github.com/gogf/gf/v2/net/ghttp.Cookie).Set", Effect: Client},
		{Name: "(*github.com/gogf/gf/v2/net/ghttp.Cookie).SetCookie", Effect: Client},
		{Name: "(*github.com/gogf/gf/v2/net/ghttp.Cookie).SetHttpCookie", Effect: Client},
		{Name: "(*github.com/gogf/gf/v2/net/ghttp.Cookie).SetSessionId", Effect: Client},
	},
	CredentialCalls: []string{
		"(*github.com/gogf/gf/v2/net/ghttp.Cookie).Get",
		"(*github.com/gogf/gf/v2/net/ghttp.Cookie).GetSessionId",
		"(*github.com/gogf/gf/v2/net/ghttp.Request).GetSessionId",
	},
})
