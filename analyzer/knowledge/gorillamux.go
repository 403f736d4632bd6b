package knowledge

// github.com/gorilla/mux v1.8.1: net/http handlers; routes on a Router,
// and on the Route that Path and PathPrefix return (Subrouter keeps its
// prefix). Other methods (Methods, Headers) keep the route's prefix.
var gorillaMux = register(&Profile{
	Name: "gorilla/mux",
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "github.com/gorilla/mux", Recv: []string{"Router"}, Methods: []string{"Handle", "HandleFunc"}, Path: 0, Arg: 1},
		{Kind: RouteGroup, Pkg: "github.com/gorilla/mux", Recv: []string{"Router", "Route"}, Methods: []string{"Path", "PathPrefix"}, Path: 0, Arg: 0},
		{Kind: RouteGroup, Pkg: "github.com/gorilla/mux", Recv: []string{"Route"}, Methods: []string{"Subrouter"}, Path: -1, Arg: 0},
		{Kind: RouteHandler, Pkg: "github.com/gorilla/mux", Recv: []string{"Route"}, Methods: []string{"Handler", "HandlerFunc"}, Path: -1, Arg: 0},
	},
})
