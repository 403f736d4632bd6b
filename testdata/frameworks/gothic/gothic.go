// want package:`stores\(server\)`

// Package gothic pins down goth's gothic package on a server-side store:
// the app keeps its user in the gothic session (StoreInSession) and sets
// gothic.Store to a FilesystemStore, so gothic.Logout, which sets the
// session's MaxAge to -1 and saves it there, deletes the record.
package gothic

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/markbates/goth/gothic"
)

func routes() *http.ServeMux {
	gothic.Store = sessions.NewFilesystemStore("/var/lib/app/sessions", []byte("hash-key"))
	mux := http.NewServeMux()
	mux.HandleFunc("GET /auth/{provider}", gothic.BeginAuthHandler)
	mux.HandleFunc("GET /auth/{provider}/callback", callback)
	mux.HandleFunc("POST /logout", bye)
	mux.HandleFunc("POST /signout", adieu)
	mux.HandleFunc("POST /logoff", cheerio)
	mux.HandleFunc("GET /logout/{provider}", properly)
	mux.HandleFunc("POST /log-out", deferred)
	mux.HandleFunc("POST /sign-out", onError)
	return mux
}

func callback(w http.ResponseWriter, r *http.Request) {
	user, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	if err := gothic.StoreInSession("user", user.UserID, r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func bye(w http.ResponseWriter, r *http.Request) { // want `logout handler bye \(registered on route "POST /logout"\) leaves the session valid on the server: nothing invalidates it \(set Options.MaxAge = -1 on the session and save it\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Expiring gothic's cookie by hand leaves the record in the store.
func adieu(w http.ResponseWriter, r *http.Request) { // want `logout handler adieu \(registered on route "POST /signout"\) leaves the session valid on the server: it only expires the cookie in the browser` adieu:`session\(client\)`
	http.SetCookie(w, &http.Cookie{Name: gothic.SessionName, Path: "/", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Emptying the value in the gothic session keeps its record alive.
func cheerio(w http.ResponseWriter, r *http.Request) { // want `logout handler cheerio \(registered on route "POST /logoff"\) leaves the session valid on the server: it only removes session values, so the session ID stays valid \(set Options.MaxAge = -1 on the session and save it\)` cheerio:`session\(clearpending,cleared,saved\)`
	sess, err := gothic.Store.Get(r, gothic.SessionName)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	delete(sess.Values, "user")
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The goth example's logout.
func properly(w http.ResponseWriter, r *http.Request) { // want properly:`session\(mark,marksaved,saved\)`
	gothic.Logout(w, r)
	w.Header().Set("Location", "/")
	w.WriteHeader(http.StatusTemporaryRedirect)
}

func deferred(w http.ResponseWriter, r *http.Request) { // want deferred:`session\(mark,marksaved,saved\)`
	defer gothic.Logout(w, r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Logging out only when the lookup fails is not logging out.
func onError(w http.ResponseWriter, r *http.Request) { // want `logout handler onError \(registered on route "POST /sign-out"\) leaves the session valid on the server: nothing invalidates it; the invalidation runs only on an error or early-return path`
	if _, err := gothic.GetFromSession("user", r); err != nil {
		gothic.Logout(w, r)
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
