package knowledge

// github.com/danielgtaylor/huma/v2 v2.36.0: operation handlers
// func(context.Context, *I) (*O, error), generic in their input and output
// structs, so that only a package importing huma makes handlers of that
// shape. Register takes the route from an Operation literal's Method and
// Path; Get, Post, Put, Patch, Delete and Head take the path; a Group
// (NewGroup) prefixes the paths of the operations registered on it. A
// handler answers an error by returning one (Error401Unauthorized, NewError,
// …); it sets cookies through output fields tagged `header:"Set-Cookie"`,
// and receives the request's cookies in input fields tagged `cookie:"…"`
// and its headers in fields tagged `header:"…"`. Sessions end in the app's
// own storage or in a session library whose middleware wraps the router
// the adapter serves (humachi, humago, …), through the handler's context.
var huma = register(&Profile{
	Name: "huma",
	Handlers: []HandlerShape{{
		Framework: "huma",
		Params:    []Param{{AnyStruct: true, Pointer: true}},
		Also:      []Param{{TypeName: TypeName{"context", "Context"}}},
		Results:   []Param{{AnyStruct: true, Pointer: true}, ErrorResult},
		Pkg:       humaPkg,
	}},
	Routes: []Route{
		{Kind: RouteLiteral, Pkg: humaPkg, Methods: []string{"Register"}, Path: 1, Arg: 2, RouterArg: true},
		{Kind: RouteHandler, Pkg: humaPkg, Methods: []string{"Get", "Post", "Put", "Patch", "Delete", "Head"}, Path: 1, Arg: 2, RouterArg: true},
		{Kind: RouteGroup, Pkg: humaPkg, Methods: []string{"NewGroup"}, Path: 1, Arg: 0, RouterArg: true},
	},
	ErrorResponders: []string{humaPkg + ".WriteErr"},
	// Error400BadRequest … Error511NetworkAuthenticationRequired are
	// error constructors by their names
	ErrorConstructors: []string{
		humaPkg + ".NewError", // variables: an app may replace them
		humaPkg + ".NewErrorWithContext",
	},
	CredentialCalls:      []string{humaPkg + ".ReadCookie", humaPkg + ".ReadCookies"},
	CredentialTags:       []string{"cookie"},
	CredentialHeaderTags: []string{"header"},
})

const humaPkg = "github.com/danielgtaylor/huma/v2"
