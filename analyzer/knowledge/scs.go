package knowledge

// github.com/alexedwards/scs/v2 v2.9.0. The LoadAndSave middleware
// commits modified sessions, so value removal reaches the store.
var scs = register(&Profile{
	Name: "scs",
	Library: &Library{
		Name:   "scs",
		Hint:   "call (*scs.SessionManager).Destroy",
		Values: []Param{Ptr("github.com/alexedwards/scs/v2", "SessionManager")},
		Repair: RepairDestroyContext,
	},
	Packages: []string{"github.com/alexedwards/scs/v2/memstore"},
	Sessions: []API{
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).Destroy", Effect: Kill},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).RenewToken", Effect: Kill}, // deletes the old token from the store
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).Clear", Effect: Clear},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).Remove", Effect: Clear},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).Pop", Effect: Clear},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).PopString", Effect: Clear},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).PopBool", Effect: Clear},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).PopInt", Effect: Clear},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).PopFloat", Effect: Clear},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).PopBytes", Effect: Clear},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).PopTime", Effect: Clear},
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).WriteSessionCookie", Effect: Client},
	},
	SessionValues: []TypeName{{"github.com/alexedwards/scs/v2", "SessionManager"}},
	SessionTests: []Test{
		{Name: "(*github.com/alexedwards/scs/v2.SessionManager).Exists", Present: true}, // the key is in the session
	},
	CredentialCalls: []string{"(*github.com/alexedwards/scs/v2.SessionManager).Token"},
})
