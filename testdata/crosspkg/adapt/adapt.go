// Package adapt is an app's adapter from its own handler signature to
// net/http, used by routes registered in another package.
package adapt

import "net/http"

// Context wraps a request for the app's handlers.
type Context struct {
	W http.ResponseWriter
	R *http.Request
}

// Adapt turns an app handler into an http.HandlerFunc.
func Adapt(h func(*Context)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { h(&Context{W: w, R: r}) }
}
