package knowledge

// github.com/fasthttp/session/v2 v2.5.9 (read from its source; the Go
// module proxy does not serve it, so the fixtures use a stub): Get loads
// a Store of the request's session, Save writes it to the provider;
// Destroy deletes the provider's record and the cookie, Regenerate moves
// the record to a new ID. Store's Delete and Flush change memory only.
var fasthttpSession = register(&Profile{
	Name: "fasthttp/session",
	Library: &Library{
		Name: "fasthttp/session",
		Hint: "call (*session.Session).Destroy(ctx)",
	},
	Sessions: []API{
		{Name: "(*github.com/fasthttp/session/v2.Session).Destroy", Effect: Kill},
		{Name: "(*github.com/fasthttp/session/v2.Session).Regenerate", Effect: Kill},
		{Name: "(*github.com/fasthttp/session/v2.Session).Save", Effect: Save},
		{Name: "(*github.com/fasthttp/session/v2.Store).Delete", Effect: ClearPending},
		{Name: "(*github.com/fasthttp/session/v2.Store).Flush", Effect: ClearPending},
	},
	SessionValues:   []TypeName{{"github.com/fasthttp/session/v2", "Store"}},
	CredentialCalls: []string{"(*github.com/fasthttp/session/v2.Store).GetSessionID"},
})
