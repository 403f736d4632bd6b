package knowledge

// github.com/gofiber/fiber/v2 v2.52.15: handlers func(*fiber.Ctx) error.
var fiber2 = register(&Profile{
	Name: "fiber",
	Handlers: []HandlerShape{{
		Framework: "fiber",
		Params:    []Param{Ptr("github.com/gofiber/fiber/v2", "Ctx")},
	}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/gofiber/fiber/v2", Recv: []string{"App", "Group", "Router"}, Methods: verbsTitle, Path: 0, Arg: 1, Last: true},
		{Kind: RouteHandler, Pkg: "github.com/gofiber/fiber/v2", Recv: []string{"App", "Group", "Router"}, Methods: []string{"Add"}, Path: 1, Arg: 2, Last: true},
		{Kind: RouteGroup, Pkg: "github.com/gofiber/fiber/v2", Recv: []string{"App", "Group", "Router"}, Methods: []string{"Group"}, Path: 0, Arg: 0},
		{Kind: RouteCallback, Pkg: "github.com/gofiber/fiber/v2", Recv: []string{"App", "Group", "Router"}, Methods: []string{"Route"}, Path: 0, Arg: 1},
	},
	ErrorConstructors:  []string{"github.com/gofiber/fiber/v2.NewError"},
	Responses:          []Response{{Pkg: "github.com/gofiber/fiber/v2", MethodPrefixes: contextResponseMethods}},
	RequestMethodCalls: []string{"(*github.com/gofiber/fiber/v2.Ctx).Method"},
	Sessions: []API{
		{Name: "(*github.com/gofiber/fiber/v2.Ctx).ClearCookie", Effect: Client},
		{Name: "(*github.com/gofiber/fiber/v2.Ctx).Cookie", Effect: Client},
	},
	CredentialCalls:   []string{"(*github.com/gofiber/fiber/v2.Ctx).Cookies"},
	CredentialHeaders: []string{"(*github.com/gofiber/fiber/v2.Ctx).Get"},
	Cookies: []CookieCall{
		{Name: "(*github.com/gofiber/fiber/v2.Ctx).Cookie", Kind: CookieSetStruct, Arg: 0},
		{Name: "(*github.com/gofiber/fiber/v2.Ctx).Cookies", Kind: CookieRead, Arg: 0},
	},
})

// github.com/gofiber/fiber/v3 v3.1.0: handlers func(fiber.Ctx) error
// (Ctx is an interface); RouteChain returns a Register.
var fiber3 = register(&Profile{
	Name: "fiber/v3",
	Handlers: []HandlerShape{{
		Framework: "fiber/v3",
		Params:    []Param{Val("github.com/gofiber/fiber/v3", "Ctx")},
	}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/gofiber/fiber/v3", Recv: []string{"App", "Group", "Router"}, Methods: verbsTitle, Path: 0, Arg: 1, Last: true},
		{Kind: RouteHandler, Pkg: "github.com/gofiber/fiber/v3", Recv: []string{"App", "Group", "Router"}, Methods: []string{"Add"}, Path: 1, Arg: 2, Last: true},
		{Kind: RouteGroup, Pkg: "github.com/gofiber/fiber/v3", Recv: []string{"App", "Group", "Router"}, Methods: []string{"Group", "RouteChain"}, Path: 0, Arg: 0},
		{Kind: RouteCallback, Pkg: "github.com/gofiber/fiber/v3", Recv: []string{"App", "Group", "Router"}, Methods: []string{"Route"}, Path: 0, Arg: 1},
		{Kind: RouteHandler, Pkg: "github.com/gofiber/fiber/v3", Recv: []string{"Register"}, Methods: verbsTitle, Path: -1, Arg: 0, Last: true},
		{Kind: RouteGroup, Pkg: "github.com/gofiber/fiber/v3", Recv: []string{"Register"}, Methods: []string{"RouteChain"}, Path: 0, Arg: 0},
	},
	ErrorConstructors:  []string{"github.com/gofiber/fiber/v3.NewError"},
	Responses:          []Response{{Pkg: "github.com/gofiber/fiber/v3", MethodPrefixes: contextResponseMethods}},
	RequestMethodCalls: []string{"(github.com/gofiber/fiber/v3.Ctx).Method"},
	Sessions: []API{
		{Name: "(github.com/gofiber/fiber/v3.Ctx).ClearCookie", Effect: Client},
		{Name: "(github.com/gofiber/fiber/v3.Ctx).Cookie", Effect: Client},
	},
	CredentialCalls:   []string{"(github.com/gofiber/fiber/v3.Ctx).Cookies"},
	CredentialHeaders: []string{"(github.com/gofiber/fiber/v3.Ctx).Get"},
	Cookies: []CookieCall{
		{Name: "(github.com/gofiber/fiber/v3.Ctx).Cookie", Kind: CookieSetStruct, Arg: 0},
		{Name: "(github.com/gofiber/fiber/v3.Ctx).Cookies", Kind: CookieRead, Arg: 0},
	},
})
