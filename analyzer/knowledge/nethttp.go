package knowledge

// net/http (Go 1.26): handlers func(http.ResponseWriter, *http.Request),
// routes on the default ServeMux and on a *ServeMux.
var netHTTP = register(&Profile{
	Name: "net/http",
	Handlers: []HandlerShape{{
		Framework: "net/http",
		Params: []Param{
			{TypeName: TypeName{"net/http", "ResponseWriter"}, Role: Writer},
			{TypeName: TypeName{"net/http", "Request"}, Pointer: true, Role: Request},
		},
		// apps' adapters over net/http take handlers with results of
		// their own: func(w, r) error, func(w, r) (int, error)
		AnyResults: true,
		Fix: FixExprs{
			Context:  "{r}.Context()",
			Request:  "{r}",
			Response: "{w}",
			OnError:  "{http}.Error({w}, err.Error(), {http}.StatusInternalServerError)\n\treturn",
		},
	}},
	HandlerInterfaces: []TypeName{{"net/http", "Handler"}},
	Routes: []Route{
		{Kind: RouteHandler, Pkg: "net/http", Methods: []string{"Handle", "HandleFunc"}, Path: 0, Arg: 1},
		{Kind: RouteHandler, Pkg: "net/http", Recv: []string{"ServeMux"}, Methods: []string{"Handle", "HandleFunc"}, Path: 0, Arg: 1},
	},
	ErrorResponders: []string{"net/http.Error", "net/http.NotFound"},
	Responses:       []Response{{Pkg: "net/http", MethodPrefixes: contextResponseMethods}},
	ResponseFuncs: []string{
		"net/http.Redirect", "net/http.Error", "net/http.NotFound", "net/http.ServeFile", "net/http.ServeContent",
	},
	RequestMethodFields: []Field{{Type: TypeName{"net/http", "Request"}, Name: "Method"}},
	Sessions: []API{
		{Name: "net/http.SetCookie", Effect: Client},
	},
	CredentialCalls:   []string{"(*net/http.Request).Cookie", "(*net/http.Request).Cookies"},
	CredentialHeaders: []string{"(net/http.Header).Get"},
	Cookies: []CookieCall{
		{Name: "net/http.SetCookie", Kind: CookieSetStruct, Arg: 1},
		{Name: "(*net/http.Request).Cookie", Kind: CookieRead, Arg: 0},
	},
})
