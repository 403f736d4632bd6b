module example.com/notes

go 1.25.0

tool github.com/logoutcheck/logoutcheck/cmd/logoutcheck

replace github.com/logoutcheck/logoutcheck => ../

require (
	github.com/alexedwards/scs/v2 v2.9.0
	github.com/gorilla/sessions v1.4.0
)

require (
	github.com/gorilla/securecookie v1.1.2 // indirect
	github.com/logoutcheck/logoutcheck v0.0.0-00010101000000-000000000000 // indirect
	golang.org/x/mod v0.37.0 // indirect
	golang.org/x/sync v0.21.0 // indirect
	golang.org/x/tools v0.47.0 // indirect
)
