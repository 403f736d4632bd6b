package knowledge

// github.com/redis/go-redis/v9 v9.5.5 and github.com/go-redis/redis/v8
// v8.11.5: the commands are methods of the unexported cmdable, declared
// in the Cmdable interfaces; the keys follow the context. Deletes of a
// session or token key invalidate; writes of a deny-list key (Set, SetEx,
// SetNX) put the credential on it.
var goRedis = register(&Profile{
	Name: "go-redis",
	Storage: []StorageAPI{
		{Name: "(github.com/redis/go-redis/v9.cmdable).Del", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.cmdable).Unlink", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.cmdable).GetDel", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.cmdable).HDel", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.GenericCmdable).Del", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.Cmdable).Unlink", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.StringCmdable).GetDel", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.HashCmdable).HDel", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.cmdable).Del", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.cmdable).Unlink", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.cmdable).GetDel", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.cmdable).HDel", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.Cmdable).Del", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.Cmdable).Unlink", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.Cmdable).GetDel", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.Cmdable).HDel", Kind: StorageKey, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.cmdable).Set", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.StringCmdable).Set", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.cmdable).SetEx", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.StringCmdable).SetEx", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.cmdable).SetNX", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/redis/go-redis/v9.StringCmdable).SetNX", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.cmdable).Set", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.Cmdable).Set", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.cmdable).SetEX", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.Cmdable).SetEX", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.cmdable).SetNX", Kind: StorageKeyWrite, Arg: 1},
		{Name: "(github.com/go-redis/redis/v8.Cmdable).SetNX", Kind: StorageKeyWrite, Arg: 1},
	},
})
