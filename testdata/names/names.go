// Package names pins down which names make a handler logout-like: the
// logout phrases as whole camelCase or snake_case words, in function,
// method, ServeHTTP type, variable, field, key and factory names.
package names

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func page(w http.ResponseWriter) { w.Write([]byte("You have been logged out.")) }

// Each phrase of the vocabulary, in the spellings found in real code.

func HandleLogout(w http.ResponseWriter, r *http.Request) { // want `logout handler HandleLogout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(call \(\*scs.SessionManager\).Destroy\)`
	page(w)
}

func handleLogOut(w http.ResponseWriter, r *http.Request) { // want `logout handler handleLogOut \(name matches "log out"\)`
	page(w)
}

func sign_out(w http.ResponseWriter, r *http.Request) { // want `logout handler sign_out \(name matches "sign out"\)`
	page(w)
}

func HTTPSignOut(w http.ResponseWriter, r *http.Request) { // want `logout handler HTTPSignOut \(name matches "sign out"\)`
	page(w)
}

func Signout(w http.ResponseWriter, r *http.Request) { // want `logout handler Signout \(name matches "signout"\)`
	page(w)
}

func LOGOUT(w http.ResponseWriter, r *http.Request) { // want `logout handler LOGOUT \(name matches "logout"\)`
	page(w)
}

func userLogoff(w http.ResponseWriter, r *http.Request) { // want `logout handler userLogoff \(name matches "logoff"\)`
	page(w)
}

func logOff(w http.ResponseWriter, r *http.Request) { // want `logout handler logOff \(name matches "log off"\)`
	page(w)
}

func SignOffPost(w http.ResponseWriter, r *http.Request) { // want `logout handler SignOffPost \(name matches "sign off"\)`
	page(w)
}

func apiSignoff(w http.ResponseWriter, r *http.Request) { // want `logout handler apiSignoff \(name matches "signoff"\)`
	page(w)
}

func logoutV2(w http.ResponseWriter, r *http.Request) { // want `logout handler logoutV2 \(name matches "logout"\)`
	page(w)
}

// A handler type: its name is what counts.
type SignOutHandler struct{}

func (SignOutHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `logout handler SignOutHandler.ServeHTTP \(name matches "sign out"\) leaves the session valid on the server: nothing invalidates it`
	page(w)
}

type logoutHandler struct{ sm *scs.SessionManager }

func (h *logoutHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`session\(kill\)`
	h.sm.Destroy(r.Context())
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Literals take the name they are assigned to.

var signOut = func(w http.ResponseWriter, r *http.Request) { // want `logout handler signOut \(assigned to signOut, which matches "sign out"\) leaves the session valid on the server: nothing invalidates it`
	page(w)
}

var logoutH = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `logout handler logoutH \(assigned to logoutH, which matches "logout"\)`
	page(w)
})

type Handlers struct {
	Login, Logout http.HandlerFunc
	onLogoff      http.HandlerFunc
}

var handlers = Handlers{
	Login: func(w http.ResponseWriter, r *http.Request) {},
	Logout: func(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(assigned to Logout, which matches "logout"\)`
		page(w)
	},
}

func init() {
	handlers.onLogoff = func(w http.ResponseWriter, r *http.Request) { // want `logout handler onLogoff \(assigned to onLogoff, which matches "logoff"\)`
		page(w)
	}
	var logOut http.HandlerFunc
	logOut = func(w http.ResponseWriter, r *http.Request) { // want `logout handler logOut \(assigned to logOut, which matches "log out"\)`
		page(w)
	}
	_ = logOut
}

var byPath = map[string]http.HandlerFunc{
	"login": func(w http.ResponseWriter, r *http.Request) {},
	"sign-out": func(w http.ResponseWriter, r *http.Request) { // want `logout handler sign-out \(assigned to sign-out, which matches "sign out"\)`
		page(w)
	},
	"logout": func(w http.ResponseWriter, r *http.Request) {
		sm.Destroy(r.Context())
	},
}

// Factories name what they return.

func LogoutHandler(sm *scs.SessionManager) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `logout handler LogoutHandler \(returned by LogoutHandler, which matches "logout"\) leaves the session valid on the server: nothing invalidates it`
		page(w)
	}
}

func NewSignOutHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `logout handler NewSignOutHandler \(returned by NewSignOutHandler, which matches "sign out"\)`
		page(w)
	})
}

// A handler type returned by a factory keeps its type in its label.
type sessionEnder struct{}

func (*sessionEnder) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `logout handler sessionEnder.ServeHTTP \(returned by NewLogoutHandler, which matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func NewLogoutHandler() http.Handler { return &sessionEnder{} }

func farewell(w http.ResponseWriter, r *http.Request) { // want `logout handler farewell \(returned by makeLogoff, which matches "logoff"\)`
	page(w)
}

func makeLogoff() http.HandlerFunc { return farewell }

func DestroyingLogoutHandler(sm *scs.SessionManager) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := sm.Destroy(r.Context()); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/", http.StatusSeeOther)
	}
}

// Names that only look like logout.

func catalogOutput(w http.ResponseWriter, r *http.Request) { page(w) }
func LogOutput(w http.ResponseWriter, r *http.Request)     { page(w) } // want LogOutput:`handler\(session\(\), scs\)`
func blogOutline(w http.ResponseWriter, r *http.Request)   { page(w) }
func Logouts(w http.ResponseWriter, r *http.Request)       { page(w) } // want Logouts:`handler\(session\(\), scs\)`
func dialogOut(w http.ResponseWriter, r *http.Request)     { page(w) }
func signOutput(w http.ResponseWriter, r *http.Request)    { page(w) }
func LogoutURL(w http.ResponseWriter, r *http.Request)     { page(w) } // want LogoutURL:`handler\(session\(\), scs\)`
func logoutButton(w http.ResponseWriter, r *http.Request)  { page(w) }
func LogoutSuccess(w http.ResponseWriter, r *http.Request) { page(w) } // want LogoutSuccess:`handler\(session\(\), scs\)`
func logoutTemplate(w http.ResponseWriter, r *http.Request) {
	page(w)
}

var logoutLink = func(w http.ResponseWriter, r *http.Request) { page(w) }

// A proper logout is not reported, whatever its name.
func Logout(w http.ResponseWriter, r *http.Request) {
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
