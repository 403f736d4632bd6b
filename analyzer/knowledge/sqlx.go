package knowledge

// github.com/jmoiron/sqlx v1.4.0: its own statement methods (the ones of
// the embedded *sql.DB and *sql.Tx are database/sql's).
var sqlx = register(&Profile{
	Name: "sqlx",
	Storage: []StorageAPI{
		{Name: "(*github.com/jmoiron/sqlx.DB).MustExec", Kind: StorageQuery, Arg: 0},
		{Name: "(*github.com/jmoiron/sqlx.DB).MustExecContext", Kind: StorageQuery, Arg: 1},
		{Name: "(*github.com/jmoiron/sqlx.DB).NamedExec", Kind: StorageQuery, Arg: 0},
		{Name: "(*github.com/jmoiron/sqlx.DB).NamedExecContext", Kind: StorageQuery, Arg: 1},
		{Name: "(*github.com/jmoiron/sqlx.Tx).MustExec", Kind: StorageQuery, Arg: 0},
		{Name: "(*github.com/jmoiron/sqlx.Tx).NamedExec", Kind: StorageQuery, Arg: 0},
	},
})
