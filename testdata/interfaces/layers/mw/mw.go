// Package mw reads the request's credential for the app's layers.
package mw

import (
	"net/http"
	"strings"
)

// ExtractToken returns the bearer token: its result is the credential.
func ExtractToken(r *http.Request) (token string) { // want ExtractToken:`credential`
	token = r.Header.Get("Authorization")
	if len(token) == 0 {
		return ""
	}
	return strings.TrimPrefix(token, "Bearer ")
}

// ClientAddr returns no credential.
func ClientAddr(r *http.Request) string {
	return r.RemoteAddr
}
