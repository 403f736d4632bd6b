package knowledge

// github.com/markbates/goth v1.82.0, package gothic: OAuth sign-in that
// keeps the provider's state in a gorilla/sessions session of its own,
// named _gothic_session, in the package variable Store (a CookieStore
// unless the app assigns another store). Logout gets that session from
// Store, sets its MaxAge to -1, empties its values and saves it: a
// server-side store deletes the record, a cookie store only expires the
// cookie. So it is judged as a gorilla delete, with the store the
// package builds deciding (gothic.Store = sessions.NewCookieStore(…) is
// a cookie store); where no store is visible the delete is trusted,
// although gothic's default store is a cookie: the app may set another
// in a package not seen here. Whether the gothic session is the app's
// login session depends on the app (StoreInSession puts the app's
// values there), so importing gothic does not make gorilla the app's
// session library.
var gothic = register(&Profile{
	Name:       "gothic",
	OwnSession: true,
	Sessions: []API{
		{Name: "github.com/markbates/goth/gothic.Logout", Effect: Delete, Lib: gorillaLib},
	},
})
