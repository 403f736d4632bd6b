package libraries

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net"
	"net/http"
	"sync"
	"testing"

	"github.com/logoutcheck/logoutcheck/internal/replay"
	"github.com/valyala/fasthttp"
	"github.com/valyala/fasthttp/fasthttputil"
)

// fasthttpServer serves requests with h over an in-memory listener.
func fasthttpServer(t *testing.T, h fasthttp.RequestHandler) replay.Server {
	ln := fasthttputil.NewInmemoryListener()
	srv := &fasthttp.Server{Handler: h}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Shutdown() })
	tr := &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) { return ln.Dial() }}
	return func(r *http.Request) (*http.Response, error) {
		r = r.Clone(r.Context())
		r.URL.Scheme = "http" // the listener speaks plain HTTP
		return tr.RoundTrip(r)
	}
}

// fasthttpApp is a fasthttp app with server-side sessions of its own: a
// map from the sid cookie to the signed-in user. logout is the handler
// under test.
func fasthttpApp(t *testing.T, logout fasthttp.RequestHandler) replay.App {
	var mu sync.Mutex
	users := map[string]string{}
	return replay.App{Server: fasthttpServer(t, func(ctx *fasthttp.RequestCtx) {
		switch string(ctx.Path()) {
		case replay.LoginPath:
			b := make([]byte, 16)
			rand.Read(b)
			sid := hex.EncodeToString(b)
			mu.Lock()
			users[sid] = replay.User
			mu.Unlock()
			c := fasthttp.AcquireCookie()
			c.SetKey(sessionName)
			c.SetValue(sid)
			c.SetPath("/")
			ctx.Response.Header.SetCookie(c)
			fasthttp.ReleaseCookie(c)
		case replay.LogoutPath:
			logout(ctx)
		case replay.ProbePath:
			mu.Lock()
			user, ok := users[string(ctx.Request.Header.Cookie(sessionName))]
			mu.Unlock()
			replay.WriteState(fasthttpWriter{ctx}, replay.State{Loaded: ok, User: user})
		}
	})}
}

// fasthttpWriter lets replay.WriteState write to a RequestCtx.
type fasthttpWriter struct{ ctx *fasthttp.RequestCtx }

func (w fasthttpWriter) Header() http.Header { return http.Header{} }
func (w fasthttpWriter) Write(b []byte) (int, error) {
	w.ctx.SetContentType("application/json")
	return w.ctx.Write(b)
}
func (w fasthttpWriter) WriteHeader(code int) { w.ctx.SetStatusCode(code) }

func fasthttpProofs() []proof {
	const header = "sessionAPIs (*github.com/valyala/fasthttp.ResponseHeader)."
	return []proof{
		{row: header + "DelClientCookie", variants: []variant{{"own sessions", func(t *testing.T, save bool) replay.App {
			return fasthttpApp(t, func(ctx *fasthttp.RequestCtx) { ctx.Response.Header.DelClientCookie(sessionName) })
		}}}},
		{row: header + "SetCookie", variants: []variant{{"own sessions", func(t *testing.T, save bool) replay.App {
			return fasthttpApp(t, func(ctx *fasthttp.RequestCtx) {
				c := fasthttp.AcquireCookie()
				defer fasthttp.ReleaseCookie(c)
				c.SetKey(sessionName)
				c.SetPath("/")
				c.SetExpire(fasthttp.CookieExpireDelete)
				ctx.Response.Header.SetCookie(c)
			})
		}}}},
	}
}
