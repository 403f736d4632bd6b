package knowledge

// github.com/flamego/session v1.6.6 (commit cac9982; not served by the Go
// module proxy, read from upstream source). The Sessioner middleware
// injects the request's Session and the Store; after the handler it saves
// the session if it changed, and otherwise only touches its ID (since
// v1.4.0; before, it always saved, and a save writes the record back).
// Store.Destroy(ctx, sid) deletes the record (redis DEL, file removal,
// row deletion, the memory index) and leaves the cookie alone. Flush and
// Delete change the values, which the middleware saves: the ID survives,
// anonymous. RegenerateID only writes a new ID to the cookie: the record
// is not moved, and the old ID keeps its values (it stays readable under
// the old ID, in every store).
var flamegoSession = register(&Profile{
	Name: "flamego/session",
	Library: &Library{
		Name: "flamego/session",
		Hint: "call Destroy(ctx, sess.ID()) on the session store",
	},
	Handlers: []HandlerShape{
		// injected only into flamego's handlers
		{Framework: "flamego", Params: []Param{Val("github.com/flamego/session", "Session")}, AnyResults: true},
	},
	Sessions: []API{
		{Name: "(github.com/flamego/session.Store).Destroy", Effect: Kill},
		{Name: "(github.com/flamego/session.Session).Flush", Effect: Clear},
		{Name: "(github.com/flamego/session.Session).Delete", Effect: Clear},
		{Name: "(github.com/flamego/session.Session).RegenerateID", Effect: Client},
	},
	SessionValues:   []TypeName{{"github.com/flamego/session", "Session"}, {"github.com/flamego/session", "Store"}},
	CredentialCalls: []string{"(github.com/flamego/session.Session).ID"},
})
