package knowledge

// github.com/gomodule/redigo v1.9.2: Do(command, args...): deletes, and
// writes of deny-list keys.
var redigo = register(&Profile{
	Name: "redigo",
	Storage: []StorageAPI{
		{Name: "(github.com/gomodule/redigo/redis.Conn).Do", Kind: StorageCommand, Arg: 0, Commands: []string{"DEL", "UNLINK", "GETDEL", "HDEL"},
			Writes: []string{"SET", "SETEX", "SETNX", "PSETEX"}},
	},
})
