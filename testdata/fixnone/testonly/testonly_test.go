package testonly

import (
	"net/http"
	"testing"
)

// forget deletes the session of the request, for the tests only.
//
//logoutcheck:invalidates
func forget(r *http.Request) {} // want forget:`session\(kill\)`

func TestLogout(t *testing.T) { // want TestLogout:`session\(kill\)`
	forget(nil)
	logout(nil, nil)
}
