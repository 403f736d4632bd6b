module github.com/logoutcheck/logoutcheck/internal/replay/libraries

go 1.25.0

replace github.com/logoutcheck/logoutcheck => ../../..

require (
	github.com/alexedwards/scs/redisstore v0.0.0-20251002162104-209de6e426de
	github.com/alexedwards/scs/v2 v2.9.0
	github.com/boj/redistore v1.4.1
	github.com/gomodule/redigo v1.9.2
	github.com/gorilla/sessions v1.4.0
	github.com/logoutcheck/logoutcheck v0.0.0-00010101000000-000000000000
)

require (
	github.com/gorilla/securecookie v1.1.2 // indirect
	github.com/stretchr/testify v1.11.1 // indirect
)
