package flag

import (
	"net/http"
	"strconv"
)

// The checkbox kept as a bool, written with strconv.FormatBool: a flag
// too, whatever the login path.
func loginRemember(w http.ResponseWriter, r *http.Request, remember bool) { // want loginRemember:`session\(client\)`
	http.SetCookie(w, &http.Cookie{Name: "app.remember", Value: strconv.FormatBool(remember), MaxAge: 3600})
}

func rememberedBool(r *http.Request) bool {
	c, err := r.Cookie("app.remember")
	return err == nil && c.Value == "true"
}
