// want package:`stores\(server\)`

// Package gorillafs pins down gorilla/sessions on a FilesystemStore: a
// negative MaxAge followed by a save erases the session file.
package gorillafs

import (
	"log"
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("/var/lib/app/sessions", []byte("hash-key"), []byte("block-key-16byte"))

// The classic mistake: render a page and keep the session.
func Logout(w http.ResponseWriter, r *http.Request) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it \(set Options.MaxAge = -1 on the session and save it\)`
	w.Header().Set("Content-Type", "text/html")
	w.Write([]byte("<h1>Signed out</h1>"))
}

func LogoutDelete(w http.ResponseWriter, r *http.Request) {
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
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

const deleteNow = -1

func LogoutOptions(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	sess.Options = &sessions.Options{Path: "/", MaxAge: deleteNow}
	if err := sessions.Save(r, w); err != nil {
		log.Printf("logout: %v", err)
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutStoreSave(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	sess.Options.MaxAge = -1
	store.Save(r, w, sess)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// The registry saves every session of the request.
func LogoutRegistry(w http.ResponseWriter, r *http.Request) {
	reg := sessions.GetRegistry(r)
	sess, _ := reg.Get(store, "session")
	sess.Options.MaxAge = -1
	reg.Save(w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutValues(w http.ResponseWriter, r *http.Request) { // want `LogoutValues .* it only removes session values, so the session ID stays valid \(set Options.MaxAge = -1 on the session and save it\)`
	sess, _ := store.Get(r, "session")
	delete(sess.Values, "user")
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutUnsaved(w http.ResponseWriter, r *http.Request) { // want `LogoutUnsaved .* the session is marked for deletion or wiped but never saved`
	sess, _ := store.Get(r, "session")
	sess.Options.MaxAge = -1
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutValuesUnsaved(w http.ResponseWriter, r *http.Request) { // want `LogoutValuesUnsaved .* the session is marked for deletion or wiped but never saved`
	sess, _ := store.Get(r, "session")
	delete(sess.Values, "user")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Saved first, marked afterwards: the mark never reaches the store.
func LogoutSaveTooEarly(w http.ResponseWriter, r *http.Request) { // want `LogoutSaveTooEarly .* marked for deletion or wiped but never saved`
	sess, _ := store.Get(r, "session")
	sess.Save(r, w)
	sess.Options.MaxAge = -1
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// MaxAge 0 is "no Max-Age attribute", not deletion.
func LogoutMaxAgeZero(w http.ResponseWriter, r *http.Request) { // want `LogoutMaxAgeZero .* nothing invalidates it`
	sess, _ := store.Get(r, "session")
	sess.Options.MaxAge = 0
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LogoutCookie(w http.ResponseWriter, r *http.Request) { // want `LogoutCookie .* it only expires the cookie in the browser`
	http.SetCookie(w, sessions.NewCookie("session", "", &sessions.Options{Path: "/", MaxAge: -1}))
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// "Log out everywhere" deletes; a plain logout only drops the user.
func LogoutSome(w http.ResponseWriter, r *http.Request) { // want `LogoutSome .* it only removes session values, so the session ID stays valid on some paths`
	sess, _ := store.Get(r, "session")
	if r.FormValue("everywhere") == "1" {
		sess.Options.MaxAge = -1
	} else {
		delete(sess.Values, "user")
	}
	sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A helper with the request and response in its parameters is shaped like
// a handler; calls to it still count.
func expire(w http.ResponseWriter, r *http.Request, sess *sessions.Session) error { // want expire:`session\(mark,marksaved,saved\)`
	sess.Options.MaxAge = -1
	return sess.Save(r, w)
}

func LogoutHelper(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	if err := expire(w, r, sess); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
