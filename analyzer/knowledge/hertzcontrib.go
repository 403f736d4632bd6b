package knowledge

// github.com/hertz-contrib/sessions v1.0.3 (commit 9f07e21, 2023-11-24;
// not served by the Go module proxy, read from upstream source): gin-contrib's
// design on hertz, an interface over gorilla sessions. Delete, Clear and
// Options only change the session in memory and mark it written; Save
// saves a written session through the gorilla store, and with
// Options(sessions.Options{MaxAge: -1}) the redis store (its own copy of
// boj/redistore, whose Save deletes the record when MaxAge <= 0) deletes
// it. The cookie store keeps the whole session in the cookie.
var hertzContrib = register(&Profile{
	Name: "hertz-contrib/sessions",
	Library: &Library{
		Name:         "hertz-contrib/sessions",
		Hint:         "call Options(sessions.Options{MaxAge: -1}) and Save",
		StoreMatters: true,
		Values:       []Param{Val("github.com/hertz-contrib/sessions", "Session")},
		Repair:       RepairOptionsSave,
	},
	Sessions: []API{
		{Name: "(github.com/hertz-contrib/sessions.Session).Clear", Effect: ClearPending},
		{Name: "(github.com/hertz-contrib/sessions.Session).Delete", Effect: ClearPending},
		{Name: "(github.com/hertz-contrib/sessions.Session).Options", Effect: MarkIfNegative},
		{Name: "(github.com/hertz-contrib/sessions.Session).Save", Effect: Save},
	},
	StoreConstructors: []StoreConstructor{
		{Name: "github.com/hertz-contrib/sessions/cookie.NewStore", Kind: StoreCookie},
		{Name: "github.com/hertz-contrib/sessions/redis.NewStore", Kind: StoreServer},
		{Name: "github.com/hertz-contrib/sessions/redis.NewStoreWithDB", Kind: StoreServer},
		{Name: "github.com/hertz-contrib/sessions/redis.NewStoreWithPool", Kind: StoreServer},
		{Name: "github.com/hertz-contrib/sessions/rediscluster.NewStore", Kind: StoreServer},
		{Name: "github.com/hertz-contrib/sessions/rediscluster.NewStoreWithOption", Kind: StoreServer},
	},
	MaxAgeTypes:   []TypeName{{"github.com/hertz-contrib/sessions", "Options"}},
	SessionValues: []TypeName{{"github.com/hertz-contrib/sessions", "Session"}},
})
