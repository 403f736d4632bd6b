package flow

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// A test double of a logout handler is not reported.
func fakeLogout(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func TestLogout(t *testing.T) {
	rec := httptest.NewRecorder()
	fakeLogout(rec, httptest.NewRequest("POST", "/logout", nil))
}
