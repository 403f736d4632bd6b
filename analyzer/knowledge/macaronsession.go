package knowledge

// github.com/go-macaron/session v1.0.3 (commit ab7cb8b; not served by the
// Go module proxy, read from upstream source). Store.Destory (sic) calls
// the manager's, which deletes the provider's record and expires the
// cookie; RegenerateId moves the data to a new ID and deletes the old one.
// Flush and Delete remove values: the memory provider's store is the
// record, and the middleware's Release after the handler writes the
// others' back, so the ID survives, anonymous. Gitea and Gogs call Flush
// and then Destory.
var macaronSession = register(&Profile{
	Name: "go-macaron/session",
	Library: &Library{
		Name: "go-macaron/session",
		Hint: "call Destory(ctx) on the session store",
	},
	Sessions: []API{
		{Name: "(github.com/go-macaron/session.Store).Destory", Effect: Kill},
		{Name: "(github.com/go-macaron/session.Store).RegenerateId", Effect: Kill},
		{Name: "(*github.com/go-macaron/session.Manager).Destory", Effect: Kill},
		{Name: "(*github.com/go-macaron/session.Manager).RegenerateId", Effect: Kill},
		{Name: "(github.com/go-macaron/session.RawStore).Flush", Effect: Clear},
		{Name: "(github.com/go-macaron/session.RawStore).Delete", Effect: Clear},
	},
	SessionValues:   []TypeName{{"github.com/go-macaron/session", "Store"}, {"github.com/go-macaron/session", "RawStore"}},
	CredentialCalls: []string{"(github.com/go-macaron/session.RawStore).ID"},
})
