package analyzer

import (
	"go/types"
	"strings"

	"github.com/logoutcheck/logoutcheck/analyzer/knowledge"
)

// This file builds the analysis' indexes from the knowledge registry
// (package knowledge: one file per framework and session library). Nothing
// here or elsewhere in the analysis names a library.

type (
	effect       = knowledge.Effect
	storeKind    = knowledge.StoreKind
	library      = knowledge.Library
	api          = knowledge.API
	typeName     = knowledge.TypeName
	paramType    = knowledge.Param
	handlerShape = knowledge.HandlerShape
	routeAPI     = knowledge.Route
	storageAPI   = knowledge.StorageAPI
	cookieCall   = knowledge.CookieCall
)

const (
	effNone             = knowledge.NoEffect
	effKill             = knowledge.Kill
	effClear            = knowledge.Clear
	effClearPending     = knowledge.ClearPending
	effMark             = knowledge.Mark
	effMarkIfNegative   = knowledge.MarkIfNegative
	effSave             = knowledge.Save
	effDelete           = knowledge.Delete
	effClient           = knowledge.Client
	effDeleteUnlessKept = knowledge.DeleteUnlessKept
	effKillUnlessFalse  = knowledge.KillUnlessFalse
	effFresh            = knowledge.Fresh

	storeUnknown = knowledge.StoreUnknown
	storeServer  = knowledge.StoreServer
	storeCookie  = knowledge.StoreCookie

	routeHandler  = knowledge.RouteHandler
	routeGroup    = knowledge.RouteGroup
	routeCallback = knowledge.RouteCallback
	routeMount    = knowledge.RouteMount
	routeLiteral  = knowledge.RouteLiteral
	routeCtrl     = knowledge.RouteController
	routeTagged   = knowledge.RouteTagged
	routeResource = knowledge.RouteResource

	storageQuery   = knowledge.StorageQuery
	storageKey     = knowledge.StorageKey
	storageModel   = knowledge.StorageModel
	storageCommand = knowledge.StorageCommand
	storageNamed   = knowledge.StorageNamed
	storageWrite   = knowledge.StorageKeyWrite

	cookieRead      = knowledge.CookieRead
	cookieSet       = knowledge.CookieSet
	cookieSetStruct = knowledge.CookieSetStruct
	cookieDelete    = knowledge.CookieDelete
	cookieModule    = knowledge.CookieModule
)

// A sessionType is a session or options type whose fields the analysis
// follows (see assignOp), with the library it belongs to.
type sessionType struct {
	typeName
	lib *library
}

// The tables of the registry, flattened. Built once, never written.
var (
	sessionAPIs   []api // every session call, in registry order, with its library filled in
	handlerShapes []handlerShape
	// handlerInterfaces are interface types whose values are handlers.
	handlerInterfaces []typeName
	routeAPIs         []routeAPI

	storeConstructors = map[string]storeKind{}
	// defaultStores are the constructors that build their store only when
	// their options leave a field unset (see knowledge.StoreConstructor).
	defaultStores = map[string]knowledge.Field{}
	storeTypes    = map[typeName]storeKind{}

	errorResponders   = map[string]bool{}
	errorConstructors = map[string]bool{}
	exitFuncs         = map[string]bool{}
	responseFuncs     = map[string]bool{}
	// responsePackages are packages whose calls with a 4xx or 5xx status
	// argument write an error response; responseMethodPrefixes, by
	// package, the name prefixes of their response-writing methods.
	responsePackages       = map[string]bool{}
	responseMethodPrefixes = map[string][]string{}
	requestMethodFields    = map[typeName]string{}
	requestMethodCalls     = map[string]bool{}

	maxAgeFields  []sessionType
	optionsFields []sessionType
	valuesFields  []sessionType
	sessionMaps   []sessionType

	// sessionImports are packages whose import tells the session library
	// of a package, in registry order: those of the session calls, then
	// the libraries' SessionPackages.
	sessionImports []sessionImport

	// knownPackages are the packages the registry describes; the
	// custom-store name rule never applies to their functions.
	knownPackages  = map[string]bool{}
	routerPackages = map[string]bool{} // packages of routeAPIs
	// handlerPackages are the packages of the handler parameter types.
	handlerPackages = map[string]bool{}
	// embeddedParams are the types of Embeds parameters of handler shapes.
	embeddedParams []typeName
	// storePackages are the packages of the store constructors and types.
	storePackages = map[string]bool{}

	// sessionTypes are the session value types (see readsSession), and
	// sessionTypePackages their packages; sessionTests and
	// sessionTestFields (type: field: present) the session tests.
	sessionTypes        []typeName
	sessionTypePackages = map[string]bool{}
	sessionTests        = map[string]bool{}
	sessionTestFields   = map[typeName]map[string]bool{}
	// sessionStorageFields (store type: field) and storageDeletes (call:
	// library) delete session records through a store's storage.
	sessionStorageFields = map[typeName]string{}
	storageDeletes       = map[string]*library{}
	// credentialSources, credentialHeaders and credentialFields (type:
	// field) read the request's credential.
	credentialSources = map[string]bool{}
	credentialHeaders = map[string]bool{}
	credentialFields  = map[typeName]string{}
	// credentialTags and credentialHeaderTags are struct tag keys of
	// fields filled from the request's cookies, and from its headers.
	credentialTags       = map[string]bool{}
	credentialHeaderTags = map[string]bool{}
	// storageAPIs are the deleting calls of storage an app owns.
	storageAPIs = map[string]storageAPI{}
	// handoffs hand the credential to code installed elsewhere.
	handoffs = map[string]bool{}
	// cookieCalls set or read cookies (see remember.go).
	cookieCalls = map[string]cookieCall{}
	// rememberRevocations delete remember-me tokens on the server.
	rememberRevocations = map[string]bool{}
)

type sessionImport struct {
	pkg string
	lib *library
}

func init() {
	var later []sessionImport
	for _, p := range knowledge.Registry {
		for _, row := range p.Sessions {
			if row.Lib == nil {
				row.Lib = p.Library
			}
			sessionAPIs = append(sessionAPIs, row)
			pkg := knowledge.NamePackage(row.Name)
			knownPackages[pkg] = true
			if row.Lib != nil && !p.OwnSession {
				sessionImports = append(sessionImports, sessionImport{pkg, row.Lib})
			}
		}
		for _, pkg := range p.SessionPackages {
			knownPackages[pkg] = true
			later = append(later, sessionImport{pkg, p.Library})
		}
		for _, pkg := range p.Packages {
			knownPackages[pkg] = true
		}
		for _, h := range p.Handlers {
			handlerShapes = append(handlerShapes, h)
			for _, param := range h.Params {
				if param.Pkg != "" { // a struct of any type
					knownPackages[param.Pkg] = true
					handlerPackages[param.Pkg] = true
				}
				if param.Embeds {
					embeddedParams = append(embeddedParams, param.TypeName)
				}
			}
			if h.Pkg != "" {
				knownPackages[h.Pkg] = true
				handlerPackages[h.Pkg] = true
			}
			if c := h.Controller; c.Pkg != "" {
				knownPackages[c.Pkg] = true
				handlerPackages[c.Pkg] = true
			}
		}
		handlerInterfaces = append(handlerInterfaces, p.HandlerInterfaces...)
		for _, r := range p.Routes {
			routeAPIs = append(routeAPIs, r)
			knownPackages[r.Pkg] = true
			routerPackages[r.Pkg] = true
		}
		for _, c := range p.StoreConstructors {
			storeConstructors[c.Name] = c.Kind
			if c.Unless.Name != "" {
				defaultStores[c.Name] = c.Unless
			}
			pkg := knowledge.NamePackage(c.Name)
			knownPackages[pkg] = true
			storePackages[pkg] = true
		}
		for _, t := range p.StoreTypes {
			storeTypes[t.Type] = t.Kind
			storePackages[t.Type.Pkg] = true
		}
		addAll(errorResponders, p.ErrorResponders)
		addAll(errorConstructors, p.ErrorConstructors)
		addAll(exitFuncs, p.ExitFuncs)
		addAll(responseFuncs, p.ResponseFuncs)
		addAll(requestMethodCalls, p.RequestMethodCalls)
		for _, r := range p.Responses {
			responsePackages[r.Pkg] = true
			responseMethodPrefixes[r.Pkg] = r.MethodPrefixes
		}
		for _, f := range p.RequestMethodFields {
			requestMethodFields[f.Type] = f.Name
		}
		for _, t := range p.MaxAgeTypes {
			maxAgeFields = append(maxAgeFields, sessionType{t, p.Library})
		}
		for _, t := range p.OptionsFieldTypes {
			optionsFields = append(optionsFields, sessionType{t, p.Library})
		}
		for _, t := range p.ValuesFieldTypes {
			valuesFields = append(valuesFields, sessionType{t, p.Library})
		}
		for _, t := range p.SessionMaps {
			sessionMaps = append(sessionMaps, sessionType{t, p.Library})
		}
		for _, t := range p.SessionValues {
			sessionTypes = append(sessionTypes, t)
			sessionTypePackages[t.Pkg] = true
		}
		for _, t := range p.SessionTests {
			sessionTests[t.Name] = t.Present
		}
		for _, f := range p.SessionTestFields {
			if sessionTestFields[f.Type] == nil {
				sessionTestFields[f.Type] = map[string]bool{}
			}
			sessionTestFields[f.Type][f.Name] = f.Present
		}
		for _, f := range p.SessionStorage {
			sessionStorageFields[f.Type] = f.Name
		}
		for _, name := range p.StorageDeletes {
			storageDeletes[name] = p.Library
		}
		addAll(credentialSources, p.CredentialCalls)
		addAll(credentialHeaders, p.CredentialHeaders)
		addAll(credentialTags, p.CredentialTags)
		addAll(credentialHeaderTags, p.CredentialHeaderTags)
		for _, f := range p.CredentialFields {
			credentialFields[f.Type] = f.Name
		}
		for _, s := range p.Storage {
			storageAPIs[s.Name] = s
		}
		addAll(handoffs, p.Handoffs)
		for _, c := range p.Cookies {
			cookieCalls[c.Name] = c
			knownPackages[knowledge.NamePackage(c.Name)] = true
		}
		addAll(rememberRevocations, p.RememberRevocations)
		for _, name := range p.Handoffs {
			knownPackages[knowledge.NamePackage(name)] = true
		}
	}
	sessionImports = append(sessionImports, later...)
}

func addAll(m map[string]bool, names []string) {
	for _, n := range names {
		m[n] = true
	}
}

// canonicalPath returns the import path the registry uses for the package
// at path. In GOPATH mode a vendored package's path starts with the
// directory it is vendored in (example.com/app/vendor/github.com/gin-gonic/gin);
// everything up to and including the last vendor element is cut, as the go
// command does. In module mode vendored packages keep their own paths.
func canonicalPath(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	if rest, ok := strings.CutPrefix(path, "vendor/"); ok {
		return rest // $GOPATH/src/vendor
	}
	return path
}

// pkgPath returns the canonical import path of pkg, or "" for nil (the
// universe). Every comparison of a package with the registry goes through
// it.
func pkgPath(pkg *types.Package) string {
	if pkg == nil {
		return ""
	}
	return canonicalPath(pkg.Path())
}

// A funcIndex is a table of functions keyed by full name, as
// types.Func.FullName spells it ("net/http.Error",
// "(*github.com/gin-gonic/gin.Context).AbortWithError"). Lookups go by
// package, receiver type name and function name, so that looking up a
// function builds no string: analysis code looks up nearly every call it
// meets, and nearly all miss.
type funcIndex[T any] map[funcKey]T

// A funcKey identifies a function or method: its package path, the name
// of its receiver's type (empty for functions), and its name. Pointer and
// value receivers share a key: a type cannot have both methods.
type funcKey struct{ pkg, recv, name string }

func indexFuncs[T any](byName map[string]T) funcIndex[T] {
	ix := funcIndex[T]{}
	for full, v := range byName {
		ix[parseFuncKey(full)] = v
	}
	return ix
}

// parseFuncKey splits a full name into its key.
func parseFuncKey(full string) funcKey {
	pkg, recv, name, _, _ := knowledge.SplitName(full)
	return funcKey{pkg, recv, name}
}

// keyOf returns fn's key, with its package path in canonical form (see
// canonicalPath), or false for a function with no package (the
// universe's error.Error) or a receiver of no named type.
func keyOf(fn *types.Func) (funcKey, bool) {
	if fn.Pkg() == nil {
		return funcKey{}, false
	}
	k := funcKey{pkg: pkgPath(fn.Pkg()), name: fn.Name()}
	if r := fn.Signature().Recv(); r != nil {
		n := namedOf(r.Type())
		if n == nil {
			return funcKey{}, false
		}
		k.recv = n.Origin().Obj().Name()
	}
	return k, true
}

// has reports whether fn is in the table.
func (ix funcIndex[T]) has(fn *types.Func) bool {
	_, ok := ix.of(fn)
	return ok
}

// of returns fn's entry in the table.
func (ix funcIndex[T]) of(fn *types.Func) (T, bool) {
	k, ok := keyOf(fn)
	if !ok {
		var zero T
		return zero, false
	}
	v, ok := ix[k]
	return v, ok
}

// hasVar reports whether the package-level variable v, of a function
// type, is in the table, where it is named as a function would be.
func (ix funcIndex[T]) hasVar(v *types.Var) bool {
	if v.Pkg() == nil || v.Pkg().Scope().Lookup(v.Name()) != v {
		return false // a local variable or a field
	}
	_, ok := ix[funcKey{pkg: pkgPath(v.Pkg()), name: v.Name()}]
	return ok
}

// The indexes of the tables above, built by the init function below,
// which runs after the one that fills the tables.
var (
	apiIndex              funcIndex[api]
	routeIndex            funcIndex[routeAPI]
	storeConstructorIndex funcIndex[storeKind]
	defaultStoreIndex     funcIndex[knowledge.Field]
	errorResponderIndex   funcIndex[bool]
	errorConstructorIndex funcIndex[bool]
	requestMethodIndex    funcIndex[bool]
	exitFuncIndex         funcIndex[bool]
	responseFuncIndex     funcIndex[bool]
	sessionTestIndex      funcIndex[bool]
	storageDeleteIndex    funcIndex[*library]
	credentialSourceIndex funcIndex[bool]
	credentialHeaderIndex funcIndex[bool]
	storageAPIIndex       funcIndex[storageAPI]
	handoffIndex          funcIndex[bool]
	cookieCallIndex       funcIndex[cookieCall]
	rememberRevokeIndex   funcIndex[bool]
)

func init() {
	m := make(map[string]api, len(sessionAPIs))
	for _, a := range sessionAPIs {
		m[a.Name] = a
	}
	apiIndex = indexFuncs(m)
	routeIndex = funcIndex[routeAPI]{}
	for _, r := range routeAPIs {
		recvs := r.Recv
		if recvs == nil {
			recvs = []string{""}
		}
		for _, recv := range recvs {
			for _, meth := range r.Methods {
				routeIndex[funcKey{r.Pkg, recv, meth}] = r
			}
		}
	}
	storeConstructorIndex = indexFuncs(storeConstructors)
	defaultStoreIndex = indexFuncs(defaultStores)
	errorResponderIndex = indexFuncs(errorResponders)
	errorConstructorIndex = indexFuncs(errorConstructors)
	requestMethodIndex = indexFuncs(requestMethodCalls)
	exitFuncIndex = indexFuncs(exitFuncs)
	responseFuncIndex = indexFuncs(responseFuncs)
	sessionTestIndex = indexFuncs(sessionTests)
	storageDeleteIndex = indexFuncs(storageDeletes)
	credentialSourceIndex = indexFuncs(credentialSources)
	credentialHeaderIndex = indexFuncs(credentialHeaders)
	storageAPIIndex = indexFuncs(storageAPIs)
	handoffIndex = indexFuncs(handoffs)
	cookieCallIndex = indexFuncs(cookieCalls)
	rememberRevokeIndex = indexFuncs(rememberRevocations)
}
