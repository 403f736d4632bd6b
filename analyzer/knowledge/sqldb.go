package knowledge

// database/sql (Go 1.26): the statements of a DB, Tx or Conn; sqlx's DB
// and Tx embed them, so their Exec is this one. A DELETE … RETURNING may
// go through Query.
var sqlDB = register(&Profile{
	Name: "database/sql",
	Storage: []StorageAPI{
		{Name: "(*database/sql.DB).Exec", Kind: StorageQuery, Arg: 0},
		{Name: "(*database/sql.DB).ExecContext", Kind: StorageQuery, Arg: 1},
		{Name: "(*database/sql.DB).Query", Kind: StorageQuery, Arg: 0},
		{Name: "(*database/sql.DB).QueryContext", Kind: StorageQuery, Arg: 1},
		{Name: "(*database/sql.DB).QueryRow", Kind: StorageQuery, Arg: 0},
		{Name: "(*database/sql.DB).QueryRowContext", Kind: StorageQuery, Arg: 1},
		{Name: "(*database/sql.Tx).Exec", Kind: StorageQuery, Arg: 0},
		{Name: "(*database/sql.Tx).ExecContext", Kind: StorageQuery, Arg: 1},
		{Name: "(*database/sql.Conn).ExecContext", Kind: StorageQuery, Arg: 1},
	},
})
