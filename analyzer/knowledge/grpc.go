package knowledge

// gRPC service methods (google.golang.org/grpc v1.78.0, with
// google.golang.org/protobuf v1.36.11): func(context.Context, *Req)
// (*Res, error), where Req is a protobuf message (its ProtoReflect method
// returns a protoreflect.Message), as protoc-gen-go-grpc's server
// interfaces declare them; the generated RegisterXServer names no route,
// so only the method's name tells a logout (SignOut). Such a method
// answers an error by returning one, built by status.Error or
// status.Errorf.
var grpc = register(&Profile{
	Name: "grpc",
	Handlers: []HandlerShape{{
		Framework: "grpc",
		Params: []Param{{
			TypeName: TypeName{"google.golang.org/protobuf/reflect/protoreflect", "Message"},
			Method:   "ProtoReflect",
		}},
		Also:           []Param{{TypeName: TypeName{"context", "Context"}}},
		AnyResults:     true, // the RPC's response and error
		ServiceMethods: true,
	}},
	ErrorConstructors: []string{
		"google.golang.org/grpc/status.Error",
		"google.golang.org/grpc/status.Errorf",
	},
})
