package knowledge

// github.com/volatiletech/authboss/v3 v3.5.0 (commit 0ab40e4; not served
// by the Go module proxy, read from upstream source). authboss's session
// calls queue events on the ClientStateResponseWriter, which hands them
// to the app's ClientStateReadWriter when the response is written: no
// save is needed. The logout module calls DelAllSession with the
// configured whitelist, DelKnownSession and DelKnownCookie. The reader
// and writer of authboss-clientstate (commit 0b930a6) keep the session in
// a gorilla store: DelAllSession with no keys kept sets MaxAge -1 and
// saves (a server-side store deletes the record, NewSessionStorer's
// CookieStore only expires the cookie); with keys kept it deletes the
// others' values. DelKnownSession and DelSession delete values;
// DelKnownCookie and DelCookie delete from the cookie state, the
// remember-me cookie in the browser, while the remember module's tokens
// stay in the server storer (RememberingServerStorer.DelRememberTokens
// deletes those, not the session).
var authboss = register(&Profile{
	Name: "authboss",
	Library: &Library{
		Name:         "authboss",
		Hint:         "call authboss.DelAllSession(w, nil) with a server-side session store",
		StoreMatters: true,
	},
	Packages: []string{"github.com/volatiletech/authboss-clientstate"},
	Sessions: []API{
		{Name: "github.com/volatiletech/authboss/v3.DelAllSession", Effect: DeleteUnlessKept},
		{Name: "github.com/volatiletech/authboss/v3.DelKnownSession", Effect: Clear},
		{Name: "github.com/volatiletech/authboss/v3.DelSession", Effect: Clear},
		{Name: "github.com/volatiletech/authboss/v3.DelKnownCookie", Effect: Client},
		{Name: "github.com/volatiletech/authboss/v3.DelCookie", Effect: Client},
	},
	// The remember module (package remember) puts a token in the "rm"
	// cookie after a login that asks for it (PutCookie) and keeps its hash
	// in the app's RememberingServerStorer; its Middleware signs the user
	// back in with it (GetCookie, UseRememberToken). The logout module only
	// deletes the cookie (DelKnownCookie).
	Cookies: []CookieCall{
		{Name: "github.com/volatiletech/authboss/v3.PutCookie", Kind: CookieSet, Arg: 1},
		{Name: "github.com/volatiletech/authboss/v3.GetCookie", Kind: CookieRead, Arg: 1},
		{Name: "github.com/volatiletech/authboss/v3.DelCookie", Kind: CookieDelete, Arg: 1},
		{Name: "github.com/volatiletech/authboss/v3.DelKnownCookie", Kind: CookieDelete, Cookie: "rm"},
		{Name: "github.com/volatiletech/authboss/v3/remember.Middleware", Kind: CookieModule, Cookie: "rm"},
	},
	RememberRevocations: []string{"(github.com/volatiletech/authboss/v3.RememberingServerStorer).DelRememberTokens"},
	StoreConstructors: []StoreConstructor{
		// NewSessionStorerFromExisting takes the app's store, whose own
		// constructor tells its kind
		{Name: "github.com/volatiletech/authboss-clientstate.NewSessionStorer", Kind: StoreCookie},
	},
})
