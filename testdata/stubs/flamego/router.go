package flamego

import "net/http"

// Router registers routes.
type Router interface {
	AutoHead(v bool)
	HandlerWrapper(f func(Handler) Handler)
	Route(method, routePath string, handlers []Handler) *Route
	Combo(routePath string, handlers ...Handler) *ComboRoute
	Group(routePath string, fn func(), handlers ...Handler)
	Get(routePath string, handlers ...Handler) *Route
	Patch(routePath string, handlers ...Handler) *Route
	Post(routePath string, handlers ...Handler) *Route
	Put(routePath string, handlers ...Handler) *Route
	Delete(routePath string, handlers ...Handler) *Route
	Options(routePath string, handlers ...Handler) *Route
	Head(routePath string, handlers ...Handler) *Route
	Connect(routePath string, handlers ...Handler) *Route
	Trace(routePath string, handlers ...Handler) *Route
	Any(routePath string, handlers ...Handler) *Route
	Routes(routePath, methods string, handlers ...Handler) *Route
	NotFound(handlers ...Handler)
	URLPath(name string, pairs ...string) string
	ServeHTTP(w http.ResponseWriter, req *http.Request)
}

// Route is one registered route.
type Route struct {
	method, path string
}

// Name names the route.
func (r *Route) Name(name string) {}

// ComboRoute registers handlers of several methods on one path.
type ComboRoute struct {
	router Router
	path   string
}

func (r *ComboRoute) add(method string, handlers []Handler) *ComboRoute {
	r.router.Route(method, r.path, handlers)
	return r
}

func (r *ComboRoute) Get(handlers ...Handler) *ComboRoute     { return r.add(http.MethodGet, handlers) }
func (r *ComboRoute) Patch(handlers ...Handler) *ComboRoute   { return r.add(http.MethodPatch, handlers) }
func (r *ComboRoute) Post(handlers ...Handler) *ComboRoute    { return r.add(http.MethodPost, handlers) }
func (r *ComboRoute) Put(handlers ...Handler) *ComboRoute     { return r.add(http.MethodPut, handlers) }
func (r *ComboRoute) Delete(handlers ...Handler) *ComboRoute  { return r.add(http.MethodDelete, handlers) }
func (r *ComboRoute) Options(handlers ...Handler) *ComboRoute { return r.add(http.MethodOptions, handlers) }
func (r *ComboRoute) Head(handlers ...Handler) *ComboRoute    { return r.add(http.MethodHead, handlers) }
func (r *ComboRoute) Connect(handlers ...Handler) *ComboRoute { return r.add(http.MethodConnect, handlers) }
func (r *ComboRoute) Trace(handlers ...Handler) *ComboRoute   { return r.add(http.MethodTrace, handlers) }
func (r *ComboRoute) Name(name string)                        {}

// router keeps the routes it is given, with the prefix of the open groups.
type router struct {
	prefix string
	routes []*Route
}

func (r *router) AutoHead(v bool)                        {}
func (r *router) HandlerWrapper(f func(Handler) Handler) {}

func (r *router) Route(method, routePath string, handlers []Handler) *Route {
	rt := &Route{method: method, path: r.prefix + routePath}
	r.routes = append(r.routes, rt)
	return rt
}

func (r *router) Combo(routePath string, handlers ...Handler) *ComboRoute {
	return &ComboRoute{router: r, path: routePath}
}

func (r *router) Group(routePath string, fn func(), handlers ...Handler) {
	outer := r.prefix
	r.prefix += routePath
	fn()
	r.prefix = outer
}

func (r *router) Get(p string, h ...Handler) *Route     { return r.Route(http.MethodGet, p, h) }
func (r *router) Patch(p string, h ...Handler) *Route   { return r.Route(http.MethodPatch, p, h) }
func (r *router) Post(p string, h ...Handler) *Route    { return r.Route(http.MethodPost, p, h) }
func (r *router) Put(p string, h ...Handler) *Route     { return r.Route(http.MethodPut, p, h) }
func (r *router) Delete(p string, h ...Handler) *Route  { return r.Route(http.MethodDelete, p, h) }
func (r *router) Options(p string, h ...Handler) *Route { return r.Route(http.MethodOptions, p, h) }
func (r *router) Head(p string, h ...Handler) *Route    { return r.Route(http.MethodHead, p, h) }
func (r *router) Connect(p string, h ...Handler) *Route { return r.Route(http.MethodConnect, p, h) }
func (r *router) Trace(p string, h ...Handler) *Route   { return r.Route(http.MethodTrace, p, h) }
func (r *router) Any(p string, h ...Handler) *Route     { return r.Route("*", p, h) }

func (r *router) Routes(routePath, methods string, handlers ...Handler) *Route {
	return r.Route(methods, routePath, handlers)
}

func (r *router) NotFound(handlers ...Handler)                       {}
func (r *router) URLPath(name string, pairs ...string) string        { return "" }
func (r *router) ServeHTTP(w http.ResponseWriter, req *http.Request) { http.NotFound(w, req) }

// Flame is the application.
type Flame struct {
	Router
	handlers []Handler
}

// New returns an application with no middleware.
func New() *Flame { return &Flame{Router: &router{}} }

// Classic returns an application with the default middleware.
func Classic() *Flame { return New() }

// Use adds middleware.
func (f *Flame) Use(handlers ...Handler) { f.handlers = append(f.handlers, handlers...) }

// Run serves the application.
func (f *Flame) Run(args ...interface{}) {}
