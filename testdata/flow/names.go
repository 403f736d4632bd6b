package flow

import (
	"context"
	"net/http"
)

// Whole words only.
func catalogOutput(w http.ResponseWriter, r *http.Request) {}

func HandleSignOut(w http.ResponseWriter, r *http.Request) { // want `logout handler HandleSignOut \(name matches "sign out"\)`
	http.Redirect(w, r, "/", http.StatusFound)
}

func log_out(w http.ResponseWriter, r *http.Request) { // want `logout handler log_out \(name matches "log out"\)`
	http.Redirect(w, r, "/", http.StatusFound)
}

func logoffUser(w http.ResponseWriter, r *http.Request) { // want `name matches "logoff"`
	http.Redirect(w, r, "/", http.StatusFound)
}

// Not a handler: a URL builder.
func LogoutURL(r *http.Request) string { return "/logout" }

// Not handlers: an API client's logout and a CLI command.
type Client struct{ token string }

func (c *Client) Logout(ctx context.Context) error {
	c.token = ""
	return nil
}

func runLogoutCommand(args []string) error { return nil }

// A handler type: its name makes it logout-like.
type LogoutHandler struct{}

func (LogoutHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `logout handler LogoutHandler.ServeHTTP \(name matches "logout"\)`
	http.Redirect(w, r, "/", http.StatusFound)
}

// Literals take the name they are assigned to.
var logoutHandler = func(w http.ResponseWriter, r *http.Request) { // want `logout handler logoutHandler \(assigned to logoutHandler, which matches "logout"\)`
	http.Redirect(w, r, "/", http.StatusFound)
}

var handlers = map[string]http.HandlerFunc{
	"signout": func(w http.ResponseWriter, r *http.Request) { // want `logout handler signout \(assigned to signout, which matches "signout"\)`
		http.Redirect(w, r, "/", http.StatusFound)
	},
	"home": func(w http.ResponseWriter, r *http.Request) {},
}

type routes struct {
	Login  http.HandlerFunc
	Logout http.HandlerFunc
}

var rs = routes{
	Logout: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `assigned to Logout, which matches "logout"`
		http.Redirect(w, r, "/", http.StatusFound)
	}),
}

// Handler factories: the returned handler takes the factory's name.
func LogoutHandlerFunc() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `logout handler LogoutHandlerFunc \(returned by LogoutHandlerFunc, which matches "logout"\)`
		http.Redirect(w, r, "/", http.StatusFound)
	}
}

func NewSignOutHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sm.Destroy(r.Context())
	})
}

// Pages shown after the logout are not the logout.
func LogoutSuccess(w http.ResponseWriter, r *http.Request) { // want LogoutSuccess:`handler\(session\(\), scs\)`
	w.Write([]byte("You have been logged out."))
}

func loggedOut(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("You have been logged out."))
}

func registerPages(mux *http.ServeMux) {
	mux.HandleFunc("/logout/done", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/auth/sign-out/{provider}", func(w http.ResponseWriter, r *http.Request) { // want `registered on route "/auth/sign-out/{provider}"`
		w.Write([]byte("bye"))
	})
}
