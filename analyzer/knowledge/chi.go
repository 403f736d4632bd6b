package knowledge

// github.com/go-chi/chi/v5 v5.5.0: net/http handlers; routes by verb,
// Method, Route callbacks and mounted routers. Other methods (With,
// Group) keep the prefix of the router they are called on.
var chi = register(&Profile{
	Name: "chi",
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/go-chi/chi/v5", Recv: []string{"Mux", "Router"}, Methods: append(verbsTitle[:9:9], "Handle", "HandleFunc"), Path: 0, Arg: 1},
		{Kind: RouteHandler, Pkg: "github.com/go-chi/chi/v5", Recv: []string{"Mux", "Router"}, Methods: []string{"Method", "MethodFunc"}, Path: 1, Arg: 2},
		{Kind: RouteCallback, Pkg: "github.com/go-chi/chi/v5", Recv: []string{"Mux", "Router"}, Methods: []string{"Route"}, Path: 0, Arg: 1},
		{Kind: RouteMount, Pkg: "github.com/go-chi/chi/v5", Recv: []string{"Mux", "Router"}, Methods: []string{"Mount"}, Path: 0, Arg: 1},
	},
})
