package knowledge

// github.com/labstack/echo-contrib v0.50.1: its session package hands out
// gorilla sessions (session.Get returns a *sessions.Session), so calls are
// gorilla's; importing it tells that the app's sessions are gorilla's.
var echoContrib = register(&Profile{
	Name:            "echo-contrib/session",
	Library:         gorillaLib,
	SessionPackages: []string{"github.com/labstack/echo-contrib/session"},
})
