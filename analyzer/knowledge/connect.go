package knowledge

// connectrpc.com/connect v1.19.1: service methods func(context.Context,
// *connect.Request[Req]) (*connect.Response[Res], error), which the
// generated code or connect.NewUnaryHandler(procedure, method) serve; the
// procedure ("/auth.v1.AuthService/Logout") is the route. Such a method
// answers an error by returning one, built by connect.NewError.
var connect = register(&Profile{
	Name: "connect",
	Handlers: []HandlerShape{{
		Framework:      "connect",
		Params:         []Param{Ptr("connectrpc.com/connect", "Request")},
		Also:           []Param{{TypeName: TypeName{"context", "Context"}}},
		AnyResults:     true, // the RPC's response and error
		ServiceMethods: true,
	}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "connectrpc.com/connect", Methods: []string{"NewUnaryHandler"}, Path: 0, Arg: 1},
	},
	ErrorConstructors: []string{"connectrpc.com/connect.NewError"},
})
