package knowledge

// github.com/gomodule/redigo v1.9.2: Do(command, args...).
var redigo = register(&Profile{
	Name: "redigo",
	Storage: []StorageAPI{
		{Name: "(github.com/gomodule/redigo/redis.Conn).Do", Kind: StorageCommand, Arg: 0, Commands: []string{"DEL", "UNLINK", "GETDEL", "HDEL"}},
	},
})
