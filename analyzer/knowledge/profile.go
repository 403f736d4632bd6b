// Package knowledge is what logoutcheck knows of web frameworks and
// session libraries, kept as data: one file per framework or library,
// each a Profile registered in Registry. The analysis builds its indexes
// from Registry and names no library itself, so supporting a library is
// adding a file here (and fixtures under testdata).
//
// API names are written in canonical form, as types.Func.FullName prints
// them: "(*github.com/alexedwards/scs/v2.SessionManager).Destroy" for a
// method, "github.com/gorilla/sessions.Save" for a function.
package knowledge

import "strings"

// A Profile is all that is known of one framework or session library.
type Profile struct {
	Name string // short name, as in the README table

	// Library is the session library the profile describes, for messages
	// and suggested fixes; nil for a framework.
	Library *Library
	// Packages are further packages of the library that no row names;
	// the custom-store name rule never applies to them either.
	Packages []string
	// SessionPackages are packages whose import alone tells that the app
	// uses Library (middleware that hands out the library's sessions).
	SessionPackages []string
	// OwnSession says the library keeps a session of its own beside the
	// app's (gothic's OAuth state): importing its packages does not tell
	// the app's session library, for messages and fixes.
	OwnSession bool

	Handlers []HandlerShape // parameter lists that make a function a handler
	// HandlerInterfaces are interface types whose values are handlers.
	HandlerInterfaces []TypeName
	Routes            []Route // route registration calls

	// ErrorResponders answer a request with an error (or end the
	// program): a path that calls one is an error path.
	ErrorResponders []string
	// ErrorConstructors build error values: returning one ends an error
	// path. They may be package-level variables of a function type (a
	// framework's replaceable constructor), named as functions are.
	ErrorConstructors []string
	// ExitFuncs never return: the control-flow graph ends at their calls.
	ExitFuncs []string
	// Responses are packages whose calls write the response: with a 4xx
	// or 5xx status argument, an error response.
	Responses []Response
	// ResponseFuncs are functions that write the response.
	ResponseFuncs []string
	// RequestMethodFields and RequestMethodCalls hold the request method,
	// for recognising "wrong method" guards.
	RequestMethodFields []Field
	RequestMethodCalls  []string

	Sessions []API // calls whose effect on the session is known

	StoreConstructors []StoreConstructor // functions that build session stores
	StoreTypes        []StoreType        // concrete store types: a value of one tells the store kind

	// MaxAgeTypes are struct types whose MaxAge field, set negative and
	// then saved, deletes the session. OptionsFieldTypes are session types
	// whose Options field may be replaced by such a value; ValuesFieldTypes
	// are session types whose Values map holds the session data (deleting
	// from it or replacing it wipes values in memory).
	MaxAgeTypes       []TypeName
	OptionsFieldTypes []TypeName
	ValuesFieldTypes  []TypeName
	// SessionMaps are session types that are the map of the session's
	// values, which the library writes back after the handler by itself:
	// delete and clear on one, or a map assigned to a variable or field
	// of one, remove values (Clear).
	SessionMaps []TypeName

	// SessionValues are the library's session types: a call of one of
	// their methods that returns something, or a read of one of their
	// fields, reads the current session (for "nothing to log out"
	// guards). SessionTests and SessionTestFields tell whether the request
	// has a session (or a signed-in key in it).
	SessionValues     []TypeName
	SessionTests      []Test
	SessionTestFields []FieldTest
	// SessionStorage are fields of session stores that hold the sessions'
	// own storage; StorageDeletes are the calls that delete keys from
	// such storage. Called on one of these fields, they delete session
	// records (store.Storage.Delete(sid)).
	SessionStorage []Field
	StorageDeletes []string

	// CredentialCalls read the request's credential (its cookies, its
	// session's ID); CredentialHeaders read a header, which is the
	// credential when its name says so (Authorization, X-Auth-Token);
	// CredentialFields are session fields holding the ID.
	CredentialCalls   []string
	CredentialHeaders []string
	CredentialFields  []Field
	// CredentialTags are struct tag keys of the fields a framework fills
	// from the request's cookies (`cookie:"session"`): reading such a field
	// reads the credential. CredentialHeaderTags are those of the fields
	// it fills from a header (`header:"Authorization"`), which hold the
	// credential when the header's name says so.
	CredentialTags       []string
	CredentialHeaderTags []string

	// Handoffs are calls that hand the request's credential to code
	// installed elsewhere (a logout function a middleware registered):
	// they may revoke it, so they count as invalidation (precision first).
	Handoffs []string

	// Storage are the deleting calls of storage an app owns (SQL, ORM,
	// key-value stores): they count as invalidation when what they delete
	// is a session or a token.
	Storage []StorageAPI

	// Cookies are the calls that set a cookie in the response or read one
	// from the request, and where the cookie's name, value and lifetime
	// are: what logoutcheck knows of remember-me cookies.
	Cookies []CookieCall
	// RememberRevocations are calls that delete remember-me tokens on the
	// server.
	RememberRevocations []string
}

// A CookieCall sets or reads a cookie.
type CookieCall struct {
	Name string // canonical name
	Kind CookieKind
	// Arg is the index of the cookie's name (CookieRead, CookieSet: its
	// value is the next argument and its max age, if given, the one after;
	// CookieDelete) or of the cookie struct (CookieSetStruct).
	Arg int
	// Cookie is the name of the cookie a call that takes none acts on
	// (a library's remember-me cookie); such a cookie is a remember-me
	// credential whatever its name says.
	Cookie string
}

// A CookieKind says what a cookie call does with its arguments.
type CookieKind uint8

const (
	CookieRead      CookieKind = iota // reads the request's cookie of that name
	CookieSet                         // sets the cookie: name, value, then max age
	CookieSetStruct                   // sets the cookie a struct (or pointer) with Name, Value and MaxAge fields describes
	CookieDelete                      // expires the cookie in the browser
	// CookieModule wires a library's remember-me module, which issues the
	// cookie after a login and signs the user back in with it.
	CookieModule
)

// A Test is a call that tells whether the request has a session:
// Present says whether true means it has one.
type Test struct {
	Name    string
	Present bool
}

// A FieldTest is a session field with the same meaning.
type FieldTest struct {
	Field
	Present bool
}

// A StorageAPI is a deleting call on storage an app owns, and which of
// its arguments tells what it deletes.
type StorageAPI struct {
	Name string // canonical name
	Kind StorageKind
	Arg  int
	// Commands are, for StorageCommand, the command names that delete
	// (matched without regard to case).
	Commands []string
	// Writes are, for StorageCommand, the command names that write the
	// key after them, judged as a StorageKeyWrite.
	Writes []string
}

// A StorageKind says what the judged argument of a storage call is.
type StorageKind uint8

const (
	StorageQuery   StorageKind = iota // SQL text: a DELETE FROM, or an UPDATE, of a session or token table
	StorageKey                        // keys (this argument and the ones after it): a session or token key, or the credential
	StorageModel                      // a model value: of a session or token type
	StorageCommand                    // a command name (one of Commands), then its keys
	StorageNamed                      // a delete on the receiver, a collection whose variable or field name says it holds sessions or tokens
	// StorageKeyWrite is a write of a key (this argument): it puts the
	// credential on a deny-list when the key is built from a constant
	// that names one (see -deny-lists) and a part that is not constant
	// ("jwt_revoke_"+id).
	StorageKeyWrite
)

// A Library names a session library: what messages say about it, and how
// a suggested fix repairs a handler that uses it.
type Library struct {
	Name string // short name used in messages and facts
	Hint string // what to call to invalidate the session, for messages
	// StoreMatters says the session lives in a gorilla-style store whose
	// kind (cookie or server) decides whether a save can delete it.
	StoreMatters bool
	Values       []Param // the session values a fix calls methods on
	// Held are the library's other session values that handlers read
	// and write through, whose uses count for where a fix goes and for
	// whether it would change the handler's meaning (iris's *Session,
	// beside the *Sessions manager the fix calls).
	Held   []Param
	Repair Repair // the statements a fix inserts, on the one value of those types in scope
}

// An Effect is what a call or assignment does to the current session.
type Effect uint8

const (
	NoEffect       Effect = iota
	Kill                  // the server-side record of the current token is deleted (destroyed or rotated away)
	Clear                 // values are removed, and the library persists that by itself; the ID survives
	ClearPending          // values are removed in memory only; a save is needed
	Mark                  // the session is marked for deletion (negative MaxAge); a save is needed
	MarkIfNegative        // like Mark, when the Options argument has a negative MaxAge
	Save                  // pending changes are written to the store (and cookie)
	Delete                // deleted through the session's store, which saves by itself: marked and saved at once
	Client                // only the browser cookie is changed
	// DeleteUnlessKept is Delete, unless the call's last argument is a
	// non-empty slice literal of the keys to keep: then the other values
	// are removed (Clear) and the session survives. A list it cannot read
	// is taken to keep nothing.
	DeleteUnlessKept
	// KillUnlessFalse is Kill, unless the call's one argument is the
	// constant false: goframe's RegenerateId(deleteOld) moves the session
	// to a new ID and deletes the old record only when told to, and with
	// false the old ID keeps working until it expires. An argument it
	// cannot read is taken to delete.
	KillUnlessFalse
	// Fresh builds a new, empty session that is not the request's
	// (gorilla's NewSession): marks and wipes of the value it returns
	// change nothing of the request's session, and saving it only writes
	// an empty session in place of the request's cookie. A server-side
	// store keeps the request's record; in a cookie store the old cookie
	// still decodes.
	Fresh
)

// An API is one session call and its effect.
type API struct {
	Name   string // canonical name
	Effect Effect
	// Lib is the library the call belongs to, when it is not the
	// profile's (a store's Save that saves a gorilla session); nil with a
	// profile of no library: a call that is no session library's (a
	// framework's SetCookie).
	Lib *Library
}

// A Repair is a suggested-fix template; the fix code dispatches on it.
type Repair uint8

const (
	NoRepair             Repair = iota
	RepairDestroyContext        // if err := sm.Destroy(ctx); err != nil { … }
	RepairDestroy               // if err := sess.Destroy(); err != nil { … }
	RepairExpireSave            // sess.Options.MaxAge = -1; if err := sess.Save(r, w); err != nil { … }
	RepairOptionsSave           // s.Options(pkg.Options{MaxAge: -1}); if err := s.Save(); err != nil { … }
	// RepairDestroyHandlerContext: m.Destroy(c), the manager's Destroy of
	// the handler's own context parameter, without a result. It deletes
	// the session and its cookie, so what the handler stores in the
	// session afterwards is lost with it: no fix then.
	RepairDestroyHandlerContext
)

// A StoreKind says whether a session store keeps sessions on the server.
type StoreKind uint8

const (
	StoreUnknown StoreKind = iota
	StoreServer            // a record on the server can be deleted
	StoreCookie            // the session is the signed cookie: nothing to delete
)

func (k StoreKind) String() string {
	switch k {
	case StoreServer:
		return "server"
	case StoreCookie:
		return "cookie"
	}
	return "unknown"
}

// A StoreConstructor is a function that builds a session store.
type StoreConstructor struct {
	Name string // canonical name
	Kind StoreKind
	// Unless, when set, is the field of an options struct that gives the
	// function its store (buffalo.Options.SessionStore): the function
	// builds a store of Kind, its default, only when an argument is a
	// composite literal of that struct type that leaves the field out and
	// the package assigns the field nowhere. Given a store, or options it
	// cannot read, it builds none that tells the kind.
	Unless Field
}

// A StoreType is a concrete session store type.
type StoreType struct {
	Type TypeName
	Kind StoreKind
}

// A TypeName is a named type: package path and type name.
type TypeName struct{ Pkg, Name string }

// A Param is a parameter type of a handler shape, or a session value type.
type Param struct {
	TypeName
	Pointer bool
	Role    Role // for handler shapes: what the parameter is
	// Method, for a handler shape's parameter, stands for any type with a
	// method of this name whose one result is of type TypeName (a
	// protobuf message: ProtoReflect() protoreflect.Message); such
	// parameters make no handler parameter types of their own.
	Method string
	// AnyStruct, for a handler shape's parameter or result, stands for
	// any struct type, named or not (a type parameter of a generic
	// handler type that the framework requires to be a struct); such
	// parameters make no handler parameter types of their own either.
	AnyStruct bool
	// Embeds, for a handler shape's parameter, makes it stand for any
	// struct type that embeds TypeName (directly or through embedded
	// structs), or a pointer to one when Pointer is set: a goframe
	// request type embedding g.Meta. Such parameters make no handler
	// parameter types of their own either.
	Embeds bool
}

// ErrorResult is the predeclared type error, as a handler shape's result.
var ErrorResult = Param{TypeName: TypeName{Name: "error"}}

// A Role says what a handler parameter is, for the fix templates.
type Role uint8

const (
	Context Role = iota // the framework's request context
	Writer              // the response writer
	Request             // the request
)

// Ptr and Val return the parameter types *pkg.name and pkg.name.
func Ptr(pkg, name string) Param { return Param{TypeName: TypeName{pkg, name}, Pointer: true} }
func Val(pkg, name string) Param { return Param{TypeName: TypeName{pkg, name}} }

// A HandlerShape is a parameter list that makes a function an HTTP
// handler: every listed type must appear among the parameters.
type HandlerShape struct {
	Framework string
	Params    []Param
	// Also are the further parameters of the framework's handler type that
	// do not make a handler by themselves (hertz passes a context.Context
	// before its *app.RequestContext): a handler has them too, and a
	// function with exactly Params and Also can be registered as it is.
	Also []Param
	// Results, when set, are a handler's results, in order (for a
	// controller shape, its methods': revel's actions return a
	// revel.Result; a controller shape with none has methods with no
	// results).
	Results []Param
	// AnyResults lets a handler return values of any types, which the
	// framework writes as the answer (macaron's and flamego's return
	// handlers) or which are the RPC's response. Without it and without
	// Results, a handler returns nothing or an error (an adapter's
	// handler answers with its error): a function of the shape's
	// parameters that returns anything else, such as a constructor
	// NewLogoutService(ctx, c) *LogoutService, is no handler.
	AnyResults bool
	// Pkg is, for a shape none of whose parameters is a type of the
	// framework (a generic handler type: huma's func(context.Context, *I)
	// (*O, error)), the framework's package: a function of the shape is a
	// handler only where the package declaring it imports that package.
	Pkg string
	Fix FixExprs

	// Controller makes the shape a controller's: a method with no
	// parameters and no results on a type whose struct embeds Controller
	// (directly or through other embedded structs) is a handler, and its
	// receiver carries the request. Verbs are the methods the router
	// calls for each HTTP method when a route names none; for them the
	// type's name says what the handler does (LogoutController.Get).
	Controller TypeName
	Verbs      []string
	// ActionParams lets a controller's methods take parameters, which
	// the framework binds from the request by name (revel's actions).
	ActionParams bool
}

// FixExprs are the expressions a suggested fix writes in a handler of a
// shape, with {w}, {r} and {c} standing for the names of the parameters
// of those roles and {http} for the name net/http is imported as. An
// empty expression means the shape has none: fixes that need it are not
// offered.
type FixExprs struct {
	Context  string // the request's context.Context
	Request  string // the *http.Request
	Response string // the http.ResponseWriter
	OnError  string // statements that answer err and return, in a handler with no results
}

// A Route is a family of route registration methods.
type Route struct {
	Kind    RouteKind
	Pkg     string
	Recv    []string // receiver type names (pointer or not); nil for package-level functions
	Methods []string
	Path    int  // index of the path argument; -1: the path is the receiver's (r.Path("/logout").HandlerFunc(h))
	Arg     int  // index of the handler, callback or router argument
	Last    bool // the handler is the last argument (middleware comes first)
	Mapping int  // RouteController: index of the first mapping argument
	// RouterArg says the router is the first argument, not the receiver
	// (a package-level function given the API: huma.Register(api, …)).
	RouterArg bool
	// Tagged, for RouteTagged, is the type that a handler's request
	// struct embeds, with the keys of that field's tag that give the
	// route's path and method.
	Tagged TagKeys
	// Actions, for RouteResource, are the methods a resource argument's
	// type may have, each with the route it gets under the path.
	Actions []Action
}

// An Action is a method of a resource and its route: the HTTP method,
// and the path under the resource's ("/{id}/edit").
type Action struct {
	Name, Method, Suffix string
}

// TagKeys name an embedded type whose struct tag describes a route.
type TagKeys struct {
	Type   TypeName
	Path   string
	Method string
}

// A RouteKind says what a route API call does.
type RouteKind uint8

const (
	RouteHandler  RouteKind = iota // registers the handler argument on the path argument
	RouteGroup                     // returns a router (or route) whose routes get the path as prefix
	RouteCallback                  // calls the func(router) argument with a router that has the path as prefix; a func() argument's routes on the same router get the prefix (flamego's Group)
	RouteMount                     // mounts the router argument under the path
	// RouteLiteral registers a handler on the path that the struct
	// literal argument at Path gives in its Path (and Method) fields: the
	// argument at Arg, or the literal's Handler field when Arg is Path
	RouteLiteral
	// RouteController registers methods of the controller argument on the
	// path argument: those the mapping arguments name, from Mapping on
	// ("get:Logout;post,put:Update", "*:Logout"), or else the Verbs of the
	// controller's handler shape
	RouteController
	// RouteTagged registers the handlers among the arguments from Arg on
	// (functions and method values, and the methods of objects), each on
	// the route that the tag of the Tagged field embedded in its request
	// struct gives: goframe's group.Bind(new(Controller)), whose
	// SignOut(ctx, *SignOutReq) is routed by SignOutReq's
	// g.Meta `path:"/sign-out" method:"post"`
	RouteTagged
	// RouteResource registers the methods of the argument that Actions
	// name, each on its route under the path argument: buffalo's
	// app.Resource("/logout", LogoutResource{}) routes Destroy on
	// DELETE /logout/{id}
	RouteResource
)

// A Response is a package whose calls write the response.
type Response struct {
	Pkg string
	// MethodPrefixes are name prefixes of its methods that write the
	// response, in handlers of a framework with a context parameter.
	MethodPrefixes []string
}

// A Field is a struct field: the type that has it, and its name.
type Field struct {
	Type TypeName
	Name string
}

// Registry holds every profile, in the order of their files. It is
// filled while the package is initialised and never written after.
var Registry []*Profile

func register(p *Profile) *Profile {
	Registry = append(Registry, p)
	return p
}

// SplitName splits a canonical name into its package path, receiver type
// name (empty for a function) and function name; pointer reports a
// pointer receiver. ok is false for a name not in canonical form.
func SplitName(full string) (pkg, recv, name string, pointer, ok bool) {
	if rest, isMethod := strings.CutPrefix(full, "("); isMethod {
		r, n, found := strings.Cut(rest, ").")
		if !found {
			return "", "", "", false, false
		}
		r, pointer = strings.CutPrefix(r, "*")
		pkg, recv, ok = cutLastDot(r)
		return pkg, recv, n, pointer, ok && n != ""
	}
	pkg, name, ok = cutLastDot(full)
	return pkg, "", name, false, ok
}

// NamePackage returns the package path of a canonical name.
func NamePackage(full string) string {
	pkg, _, _, _, _ := SplitName(full)
	return pkg
}

// cutLastDot splits "a/b.c/d.X" into "a/b.c/d" and "X".
func cutLastDot(s string) (before, after string, ok bool) {
	slash := strings.LastIndex(s, "/")
	dot := strings.LastIndex(s[slash+1:], ".")
	if dot < 0 {
		return "", "", false
	}
	dot += slash + 1
	return s[:dot], s[dot+1:], s[:dot] != "" && s[dot+1:] != ""
}

// Verb lists of the routers, in the two spellings they use.
var (
	verbsUpper = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE", "Any"}
	verbsTitle = []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Connect", "Trace", "All"}
)

// contextResponseMethods are name prefixes of the framework context
// methods that write the response (gin, echo, fiber).
var contextResponseMethods = []string{
	"Redirect", "JSON", "String", "HTML", "NoContent", "Render", "Send", "Status", "Data", "XML",
	"Blob", "Stream", "File", "Attachment", "Abort", "Write", "IndentedJSON", "PureJSON",
	"SecureJSON", "AsciiJSON", "JSONP", "YAML", "TOML", "ProtoBuf", "SSEvent", "Inline", "Negotiate", "Download",
}
