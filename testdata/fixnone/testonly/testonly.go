// Package testonly has a finding whose only invalidator in reach is
// declared in a test file: a fix in the package's own file cannot call it,
// so the package and its test variant report the same finding.
package testonly

import "net/http"

func logout(w http.ResponseWriter, r *http.Request) { // want `^logout handler logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(delete the session record on the server\); no suggested fix: no session library is in use here$`
	http.Redirect(w, r, "/", http.StatusFound)
}
