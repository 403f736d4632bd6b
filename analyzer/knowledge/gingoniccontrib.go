package knowledge

// github.com/gin-gonic/contrib/sessions at d12f07a (2026-01-01), the
// deprecated predecessor of gin-contrib/sessions: the same interface over
// gorilla sessions, with a cookie store and a redistore store. Save writes
// only if Set, Delete, Clear (of a non-empty session), AddFlash or Flashes
// ran first; Options does not count, so Options and Save alone save
// nothing: the hint names Clear too, and no fix is offered.
var ginGonicContrib = register(&Profile{
	Name: "gin-gonic/contrib/sessions",
	Library: &Library{
		Name:         "gin-gonic/contrib/sessions",
		Hint:         "call Clear, Options(sessions.Options{MaxAge: -1}) and Save",
		StoreMatters: true,
	},
	Sessions: []API{
		{Name: "(github.com/gin-gonic/contrib/sessions.Session).Clear", Effect: ClearPending},
		{Name: "(github.com/gin-gonic/contrib/sessions.Session).Delete", Effect: ClearPending},
		{Name: "(github.com/gin-gonic/contrib/sessions.Session).Options", Effect: MarkIfNegative},
		{Name: "(github.com/gin-gonic/contrib/sessions.Session).Save", Effect: Save},
	},
	StoreConstructors: []StoreConstructor{
		{Name: "github.com/gin-gonic/contrib/sessions.NewCookieStore", Kind: StoreCookie},
		{Name: "github.com/gin-gonic/contrib/sessions.NewRedisStore", Kind: StoreServer},
	},
	MaxAgeTypes:   []TypeName{{"github.com/gin-gonic/contrib/sessions", "Options"}},
	SessionValues: []TypeName{{"github.com/gin-gonic/contrib/sessions", "Session"}},
})
