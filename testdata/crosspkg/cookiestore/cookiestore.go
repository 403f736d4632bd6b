// want package:`stores\(cookie\)`

// Package cookiestore builds the app's session store, used by handlers in
// another package.
package cookiestore

import (
	"os"

	"github.com/gorilla/sessions"
)

// Store keeps the whole session in a signed cookie.
var Store sessions.Store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // want Store:`store\(cookie\)`
