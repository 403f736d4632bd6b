package knowledge

// github.com/bradfitz/gomemcache: Delete(key).
var memcache = register(&Profile{
	Name: "gomemcache",
	Storage: []StorageAPI{
		{Name: "(*github.com/bradfitz/gomemcache/memcache.Client).Delete", Kind: StorageKey, Arg: 0},
	},
})
