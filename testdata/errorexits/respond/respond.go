// Package respond holds an app's own error helpers, which carry no status
// argument.
package respond

import (
	"encoding/json"
	"net/http"
)

// BadRequest answers 400 on every path: an error exit.
func BadRequest(w http.ResponseWriter, msg string) { // want BadRequest:`errorexit`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// ServerError goes through BadRequest's sibling: an error exit too.
func ServerError(w http.ResponseWriter, r *http.Request, err error) { // want ServerError:`errorexit`
	if err == nil {
		internal(w)
		return
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

func internal(w http.ResponseWriter) { // want internal:`errorexit`
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// MaybeError answers only when there is an error: not an error exit.
func MaybeError(w http.ResponseWriter, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// JSON answers with whatever status it is given: not an error exit.
func JSON(w http.ResponseWriter, status int, v any) {
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
