// want package:`stores\(cookie\)`

// Package gorillacookie pins down logout handlers on a gorilla/sessions
// CookieStore: the session is the signed cookie, so no save can revoke it
// (the gophish and writefreely shapes).
package gorillacookie

import (
	"html/template"
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

var loggedOut = template.Must(template.New("out").Parse(`<p>You have been logged out.</p>`))

// The classic mistake: the handler only renders a "logged out" page.
func Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(use a server-side session store and delete the session there\); no suggested fix: the session lives in a cookie store`
	loggedOut.Execute(w, nil)
}

// writefreely's viewLogout: a negative MaxAge saved through a CookieStore
// only expires the cookie; a replayed cookie still decodes.
func LogoutMaxAge(w http.ResponseWriter, r *http.Request) { // want `logout handler LogoutMaxAge \(name matches "logout"\) leaves the session valid on the server: the session lives in a cookie store, which cannot be revoked on the server \(use a server-side session store and delete the session there\)`
	sess, err := store.Get(r, "session")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

// gophish's Logout: delete the user id and save, on a CookieStore.
func signOut(w http.ResponseWriter, r *http.Request) { // want `logout handler signOut \(name matches "sign out"\) leaves the session valid on the server: the session lives in a cookie store`
	sess, _ := store.Get(r, "gophish")
	delete(sess.Values, "id")
	sess.AddFlash("You have successfully logged out")
	sess.Save(r, w)
	http.Redirect(w, r, "/login", http.StatusFound)
}

// Replacing Options and saving through the package-level Save.
func LogoutOptions(w http.ResponseWriter, r *http.Request) { // want `LogoutOptions .* the session lives in a cookie store`
	sess, _ := store.Get(r, "session")
	sess.Options = &sessions.Options{Path: "/", MaxAge: -1, HttpOnly: true}
	if err := sessions.Save(r, w); err != nil {
		http.Error(w, "could not log out", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Wiping the Values map and saving through the store itself.
func LogOff(w http.ResponseWriter, r *http.Request) { // want `LogOff \(name matches "log off"\) .* the session lives in a cookie store`
	sess, _ := store.Get(r, "session")
	sess.Values = map[interface{}]interface{}{}
	store.Save(r, w, sess)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Marked for deletion but never saved: not even the cookie changes.
func LogoutUnsaved(w http.ResponseWriter, r *http.Request) { // want `LogoutUnsaved .* the session is marked for deletion or wiped but never saved \(use a server-side session store and delete the session there\)`
	sess, _ := store.Get(r, "session")
	sess.Options.MaxAge = -1
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Expiring the cookie by hand.
func LogoutCookie(w http.ResponseWriter, r *http.Request) { // want `LogoutCookie .* it only expires the cookie in the browser`
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", Path: "/", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A session ID kept in the cookie, revoked in the app's own table: the
// server-side revocation is what counts.
type revocations struct{ ids map[string]bool }

var revoked = &revocations{ids: map[string]bool{}}

func (rv *revocations) RevokeSession(id string) error {
	rv.ids[id] = true
	return nil
}

func LogoutRevoke(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	id, _ := sess.Values["sid"].(string)
	if err := revoked.RevokeSession(id); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess.Options.MaxAge = -1
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Not logout handlers.
func Login(w http.ResponseWriter, r *http.Request) { // want Login:`handler\(session\(saved\), store cookie, gorilla/sessions\)` Login:`session\(saved\)`
	sess, _ := store.Get(r, "session")
	sess.Values["user"] = r.FormValue("user")
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutURL(w http.ResponseWriter, r *http.Request) { // want LogoutURL:`handler\(session\(\), gorilla/sessions\)`
	w.Write([]byte("/logout"))
}
