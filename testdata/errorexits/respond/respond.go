// Package respond holds an app's own error helpers, which carry no status
// argument.
package respond

import (
	"encoding/json"
	"errors"
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

var (
	ErrNotFound       = errors.New("not found")
	ErrNotImplemented = errors.New("not implemented")
)

// FromKind picks the status from the error's kind; every status it can
// write is an error: an error exit.
func FromKind(w http.ResponseWriter, err error) { // want FromKind:`errorexit`
	code := http.StatusInternalServerError
	switch {
	case errors.Is(err, ErrNotFound):
		code = http.StatusNotFound
	case errors.Is(err, ErrNotImplemented):
		code = http.StatusNotImplemented
	}
	w.WriteHeader(code)
}

type errorBody struct {
	Error string `json:"error"`
	Code  int    `json:"code"`
}

// FieldFromKind keeps the status in a field of the answer, set in every
// case of the switch: an error exit.
func FieldFromKind(w http.ResponseWriter, err error) { // want FieldFromKind:`errorexit`
	body := errorBody{Error: err.Error()}
	switch {
	case errors.Is(err, ErrNotFound):
		body.Code = http.StatusNotFound
	default:
		body.Code = http.StatusInternalServerError
	}
	data, _ := json.Marshal(body)
	w.WriteHeader(body.Code)
	_, _ = w.Write(data)
}

// StatusFromKind answers 200 for a nil error: not an error exit.
func StatusFromKind(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	switch {
	case err == nil:
		code = http.StatusOK
	case errors.Is(err, ErrNotFound):
		code = http.StatusNotFound
	}
	w.WriteHeader(code)
}

// FieldSometimes leaves the field at zero when no case matches: not an
// error exit.
func FieldSometimes(w http.ResponseWriter, err error) {
	body := errorBody{Error: err.Error()}
	switch {
	case errors.Is(err, ErrNotFound):
		body.Code = http.StatusNotFound
	}
	w.WriteHeader(body.Code)
}

// PassedOn gives the status's address to a function that may change it:
// not an error exit.
func PassedOn(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	adjust(&code, err)
	w.WriteHeader(code)
}

func adjust(code *int, err error) {
	if err == nil {
		*code = http.StatusOK
	}
}
