package replay

import (
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
)

// A Response is what a handler answered, as far as a user sees it.
type Response struct {
	Status   int
	Location string // the redirect target, if any
	Body     string
}

// A Browser sends requests to a handler and keeps the cookies it is
// given, as a browser does: a cookie with a negative Max-Age or an expiry
// in the past deletes the one of that name.
type Browser struct {
	h   http.Handler
	jar map[string]*http.Cookie
}

// NewBrowser returns a browser with no cookies that talks to h.
func NewBrowser(h http.Handler) *Browser {
	return &Browser{h: h, jar: make(map[string]*http.Cookie)}
}

// Cookies returns a copy of the cookies the browser holds.
func (b *Browser) Cookies() []*http.Cookie {
	var cs []*http.Cookie
	for _, name := range slices.Sorted(maps.Keys(b.jar)) {
		c := *b.jar[name]
		cs = append(cs, &c)
	}
	return cs
}

// SetCookies replaces the browser's cookies with cs: replaying cookies
// kept from before.
func (b *Browser) SetCookies(cs []*http.Cookie) {
	b.jar = make(map[string]*http.Cookie)
	for _, c := range cs {
		c := *c
		b.jar[c.Name] = &c
	}
}

// Do sends a request with the browser's cookies and takes the cookies of
// the answer. target is "METHOD /path" or just "/path" for a GET.
func (b *Browser) Do(t testing.TB, target string) Response {
	t.Helper()
	method, path, ok := strings.Cut(target, " ")
	if !ok {
		method, path = http.MethodGet, target
	}
	req := httptest.NewRequest(method, path, nil)
	for _, c := range b.Cookies() {
		req.AddCookie(&http.Cookie{Name: c.Name, Value: c.Value})
	}
	rec := httptest.NewRecorder()
	b.h.ServeHTTP(rec, req)
	res := rec.Result()
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s: reading the body: %v", target, err)
	}
	now := time.Now()
	for _, c := range res.Cookies() {
		if c.MaxAge < 0 || !c.Expires.IsZero() && c.Expires.Before(now) {
			delete(b.jar, c.Name)
			continue
		}
		b.jar[c.Name] = c
	}
	return Response{Status: res.StatusCode, Location: res.Header.Get("Location"), Body: string(body)}
}

// Probe sends a GET for path and parses the answer as a query string:
// the convention for the handlers that report what the session holds
// ("user=alice&flash=bye"; an empty user is an anonymous session).
func (b *Browser) Probe(t testing.TB, path string) url.Values {
	t.Helper()
	res := b.Do(t, path)
	if res.Status != http.StatusOK {
		t.Fatalf("GET %s answered %d %q, want 200", path, res.Status, res.Body)
	}
	v, err := url.ParseQuery(strings.TrimSpace(res.Body))
	if err != nil {
		t.Fatalf("GET %s: %q is not a query string: %v", path, res.Body, err)
	}
	return v
}
