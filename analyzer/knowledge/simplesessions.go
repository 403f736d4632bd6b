package knowledge

// github.com/zerodha/simplesessions/v3 v3.0.0 and its store modules
// (commit cc187ff; not served by the Go module proxy, read from upstream
// source). A Session's calls go to the store at once: there is no save
// and no middleware. Destroy calls the store's Destroy (redis DEL,
// postgres DELETE, the memory store's map delete) and expires the
// cookie; Delete and Clear remove values in the store, and the ID
// survives. With the securecookie store the session ID is the encoded
// cookie itself: its Destroy and Clear only empty a buffer that a later
// Flush would encode, and a copy of the old cookie still decodes, so the
// store decides, as a gorilla store does.
var simpleSessions = register(&Profile{
	Name: "simplesessions",
	Library: &Library{
		Name:         "simplesessions",
		Hint:         "call (*simplesessions.Session).Destroy",
		StoreMatters: true,
	},
	Sessions: []API{
		{Name: "(*github.com/zerodha/simplesessions/v3.Session).Destroy", Effect: Delete},
		{Name: "(*github.com/zerodha/simplesessions/v3.Session).Delete", Effect: Clear},
		{Name: "(*github.com/zerodha/simplesessions/v3.Session).Clear", Effect: Clear},
		{Name: "(*github.com/zerodha/simplesessions/v3.Session).ClearCookie", Effect: Client},
		// the store's own calls, given the session's ID
		{Name: "(github.com/zerodha/simplesessions/v3.Store).Destroy", Effect: Delete},
		{Name: "(*github.com/zerodha/simplesessions/stores/memory/v3.Store).Destroy", Effect: Kill},
		{Name: "(*github.com/zerodha/simplesessions/stores/redis/v3.Store).Destroy", Effect: Kill},
		{Name: "(*github.com/zerodha/simplesessions/stores/postgres/v3.Store).Destroy", Effect: Kill},
	},
	StoreConstructors: []StoreConstructor{
		{Name: "github.com/zerodha/simplesessions/stores/memory/v3.New", Kind: StoreServer},
		{Name: "github.com/zerodha/simplesessions/stores/redis/v3.New", Kind: StoreServer},
		{Name: "github.com/zerodha/simplesessions/stores/postgres/v3.New", Kind: StoreServer},
		{Name: "github.com/zerodha/simplesessions/stores/securecookie/v3.New", Kind: StoreCookie},
	},
	StoreTypes: []StoreType{
		{Type: TypeName{"github.com/zerodha/simplesessions/stores/memory/v3", "Store"}, Kind: StoreServer},
		{Type: TypeName{"github.com/zerodha/simplesessions/stores/redis/v3", "Store"}, Kind: StoreServer},
		{Type: TypeName{"github.com/zerodha/simplesessions/stores/postgres/v3", "Store"}, Kind: StoreServer},
		{Type: TypeName{"github.com/zerodha/simplesessions/stores/securecookie/v3", "Store"}, Kind: StoreCookie},
	},
	SessionValues:   []TypeName{{"github.com/zerodha/simplesessions/v3", "Session"}},
	CredentialCalls: []string{"(*github.com/zerodha/simplesessions/v3.Session).ID"},
})
