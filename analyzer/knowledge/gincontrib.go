package knowledge

// github.com/gin-contrib/sessions v1.0.4: an interface over gorilla
// sessions; nothing is saved unless Save is called.
var ginContrib = register(&Profile{
	Name: "gin-contrib/sessions",
	Library: &Library{
		Name:         "gin-contrib/sessions",
		Hint:         "call Options(sessions.Options{MaxAge: -1}) and Save",
		StoreMatters: true,
		Values:       []Param{Val("github.com/gin-contrib/sessions", "Session")},
		Repair:       RepairOptionsSave,
	},
	Sessions: []API{
		{Name: "(github.com/gin-contrib/sessions.Session).Clear", Effect: ClearPending},
		{Name: "(github.com/gin-contrib/sessions.Session).Delete", Effect: ClearPending},
		{Name: "(github.com/gin-contrib/sessions.Session).Options", Effect: MarkIfNegative},
		{Name: "(github.com/gin-contrib/sessions.Session).Save", Effect: Save},
	},
	StoreConstructors: []StoreConstructor{
		{Name: "github.com/gin-contrib/sessions/cookie.NewStore", Kind: StoreCookie},
		{Name: "github.com/gin-contrib/sessions/redis.NewStore", Kind: StoreServer},
		{Name: "github.com/gin-contrib/sessions/redis.NewStoreWithDB", Kind: StoreServer},
		{Name: "github.com/gin-contrib/sessions/redis.NewStoreWithPool", Kind: StoreServer},
		{Name: "github.com/gin-contrib/sessions/memstore.NewStore", Kind: StoreServer},
		{Name: "github.com/gin-contrib/sessions/gorm.NewStore", Kind: StoreServer},
		{Name: "github.com/gin-contrib/sessions/postgres.NewStore", Kind: StoreServer},
		{Name: "github.com/gin-contrib/sessions/mongo/mongodriver.NewStore", Kind: StoreServer},
	},
	MaxAgeTypes:   []TypeName{{"github.com/gin-contrib/sessions", "Options"}},
	SessionValues: []TypeName{{"github.com/gin-contrib/sessions", "Session"}},
})
