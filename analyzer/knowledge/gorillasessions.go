package knowledge

// github.com/gorilla/sessions v1.4.0. Deletion is Options.MaxAge < 0
// followed by a save, with a store that keeps sessions on the server.
var gorillaSessions = register(&Profile{
	Name:    "gorilla/sessions",
	Library: gorillaLib,
	Sessions: []API{
		{Name: "(*github.com/gorilla/sessions.Session).Save", Effect: Save},
		{Name: "github.com/gorilla/sessions.Save", Effect: Save},
		{Name: "(*github.com/gorilla/sessions.Registry).Save", Effect: Save},
		{Name: "(github.com/gorilla/sessions.Store).Save", Effect: Save},
		{Name: "(*github.com/gorilla/sessions.CookieStore).Save", Effect: Save},
		{Name: "(*github.com/gorilla/sessions.FilesystemStore).Save", Effect: Save},
		// a new session, saved in place of the request's (screego's logout)
		{Name: "github.com/gorilla/sessions.NewSession", Effect: Fresh},
	},
	StoreConstructors: []StoreConstructor{
		{Name: "github.com/gorilla/sessions.NewCookieStore", Kind: StoreCookie},
		{Name: "github.com/gorilla/sessions.NewFilesystemStore", Kind: StoreServer},
	},
	StoreTypes: []StoreType{
		{Type: TypeName{"github.com/gorilla/sessions", "CookieStore"}, Kind: StoreCookie},
		{Type: TypeName{"github.com/gorilla/sessions", "FilesystemStore"}, Kind: StoreServer},
	},
	MaxAgeTypes:       []TypeName{{"github.com/gorilla/sessions", "Options"}},
	OptionsFieldTypes: []TypeName{{"github.com/gorilla/sessions", "Session"}},
	ValuesFieldTypes:  []TypeName{{"github.com/gorilla/sessions", "Session"}},
	SessionValues:     []TypeName{{"github.com/gorilla/sessions", "Session"}},
	// IsNew is true for a session that no cookie loaded
	SessionTestFields: []FieldTest{{Field: Field{Type: TypeName{"github.com/gorilla/sessions", "Session"}, Name: "IsNew"}, Present: false}},
	CredentialFields:  []Field{{Type: TypeName{"github.com/gorilla/sessions", "Session"}, Name: "ID"}},
})

// gorillaLib is the library of gorilla sessions, whatever hands them out
// (echo-contrib's session middleware, redistore's store).
var gorillaLib = &Library{
	Name:         "gorilla/sessions",
	Hint:         "set Options.MaxAge = -1 on the session and save it",
	StoreMatters: true,
	Values:       []Param{Ptr("github.com/gorilla/sessions", "Session")},
	Repair:       RepairExpireSave,
}
