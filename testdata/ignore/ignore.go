// Package ignore checks the //logoutcheck:ignore directive.
package ignore

import "net/http"

// Logout hands the logout to the identity provider, which ends the
// session there.
//
//logoutcheck:ignore the identity provider ends the session at /oidc/logout
func Logout(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://id.example.com/oidc/logout", http.StatusFound)
}

// A directive without a reason does not suppress.
//
//logoutcheck:ignore // want `logoutcheck:ignore directive needs a reason`
func SignOut(w http.ResponseWriter, r *http.Request) { // want `logout handler SignOut`
	http.Redirect(w, r, "/", http.StatusFound)
}

// A directive on a handler without a finding suppresses nothing.
//
//logoutcheck:ignore kept from an older version // want `logoutcheck:ignore directive suppresses nothing`
func Home(w http.ResponseWriter, r *http.Request) {} // want Home:`handler\(session\(\)\)`

func Routes(mux *http.ServeMux) {
	//logoutcheck:ignore demo endpoint, no sessions
	mux.HandleFunc("/demo/logout", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("bye"))
	})
	mux.HandleFunc("/logout", func(w http.ResponseWriter, r *http.Request) { //logoutcheck:ignore same-line form
		w.Write([]byte("bye"))
	})
}

//logoutcheck:ignoreme is not a directive
func unrelated() {}
