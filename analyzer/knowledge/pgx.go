package knowledge

// github.com/jackc/pgx v4 and v5: Exec(ctx, sql, args...) on a
// connection, a pool or a transaction.
var pgx = register(&Profile{
	Name: "pgx",
	Storage: []StorageAPI{
		{Name: "(*github.com/jackc/pgx/v5.Conn).Exec", Kind: StorageQuery, Arg: 1},
		{Name: "(*github.com/jackc/pgx/v5/pgxpool.Pool).Exec", Kind: StorageQuery, Arg: 1},
		{Name: "(github.com/jackc/pgx/v5.Tx).Exec", Kind: StorageQuery, Arg: 1},
		{Name: "(*github.com/jackc/pgx/v4.Conn).Exec", Kind: StorageQuery, Arg: 1},
		{Name: "(*github.com/jackc/pgx/v4/pgxpool.Pool).Exec", Kind: StorageQuery, Arg: 1},
		{Name: "(github.com/jackc/pgx/v4.Tx).Exec", Kind: StorageQuery, Arg: 1},
	},
})
