package knowledge

// github.com/boj/redistore v1.4.1: a gorilla sessions store in Redis.
// Save with MaxAge < 0 deletes the record; Delete deletes it at once.
var rediStore = register(&Profile{
	Name: "redistore",
	Library: &Library{
		Name: "redistore",
		Hint: "call (*redistore.RediStore).Delete",
	},
	Sessions: []API{
		{Name: "(*github.com/boj/redistore.RediStore).Save", Effect: Save, Lib: gorillaLib},
		{Name: "(*github.com/boj/redistore.RediStore).Delete", Effect: Kill},
	},
	StoreConstructors: []StoreConstructor{
		{Name: "github.com/boj/redistore.NewRediStore", Kind: StoreServer},
		{Name: "github.com/boj/redistore.NewRediStoreWithDB", Kind: StoreServer},
		{Name: "github.com/boj/redistore.NewRediStoreWithPool", Kind: StoreServer},
		{Name: "github.com/boj/redistore.NewRediStoreWithURL", Kind: StoreServer},
	},
	StoreTypes: []StoreType{
		{Type: TypeName{"github.com/boj/redistore", "RediStore"}, Kind: StoreServer},
	},
})
