package libraries

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/adaptor"
	"github.com/cloudwego/hertz/pkg/common/config"
	"github.com/cloudwego/hertz/pkg/common/ut"
	"github.com/cloudwego/hertz/pkg/protocol"
	"github.com/cloudwego/hertz/pkg/route"
	"github.com/gorilla/sessions"
	"github.com/logoutcheck/logoutcheck/internal/replay"
)

// hertzServer serves requests with engine, without a network: the
// request is handed over by hertz's own test helper and the response,
// Set-Cookie headers included, converted back.
func hertzServer(engine *route.Engine) replay.Server {
	return func(r *http.Request) (*http.Response, error) {
		var headers []ut.Header
		for k, vs := range r.Header {
			for _, v := range vs {
				headers = append(headers, ut.Header{Key: k, Value: v})
			}
		}
		var body *ut.Body
		if r.Body != nil {
			b, err := io.ReadAll(r.Body)
			if err != nil {
				return nil, err
			}
			body = &ut.Body{Body: bytes.NewReader(b), Len: len(b)}
		}
		res := ut.PerformRequest(engine, r.Method, r.URL.RequestURI(), body, headers...).Result()
		resp := &http.Response{
			StatusCode: res.StatusCode(),
			Header:     http.Header{},
			Body:       io.NopCloser(bytes.NewReader(res.Body())),
			Request:    r,
		}
		res.Header.VisitAll(func(k, v []byte) { resp.Header.Add(string(k), string(v)) })
		return resp, nil
	}
}

// hertzApp is a hertz app whose sessions live in a gorilla/sessions
// FilesystemStore, reached through hertz's net/http request and response
// adaptors, as hertz-contrib/sessions does; logout is the handler under
// test.
func hertzApp(t *testing.T, logout app.HandlerFunc) replay.App {
	store := sessions.NewFilesystemStore(t.TempDir(), sessionKey)
	// gorilla serves login and the probe on the adapted request and
	// response; WriteHeader hands the headers over to hertz's response
	gorilla := func(h http.HandlerFunc) app.HandlerFunc {
		return func(ctx context.Context, c *app.RequestContext) {
			r, err := adaptor.GetCompatRequest(&c.Request)
			if err != nil {
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
			w := adaptor.GetCompatResponseWriter(&c.Response)
			h(w, r)
			w.WriteHeader(http.StatusOK)
		}
	}
	engine := route.NewEngine(config.NewOptions(nil))
	engine.POST(replay.LoginPath, gorilla(gorillaLogin(store)))
	engine.POST(replay.LogoutPath, logout)
	engine.GET(replay.ProbePath, gorilla(func(w http.ResponseWriter, r *http.Request) {
		sess, _ := store.Get(r, sessionName)
		replay.WriteState(w, gorillaState(sess))
	}))
	return replay.App{Server: hertzServer(engine)}
}

func hertzProofs() []proof {
	return []proof{
		{row: "sessionAPIs (*github.com/cloudwego/hertz/pkg/app.RequestContext).SetCookie", variants: []variant{
			{"FilesystemStore", func(t *testing.T, save bool) replay.App {
				return hertzApp(t, func(ctx context.Context, c *app.RequestContext) {
					c.SetCookie(sessionName, "", -1, "/", "", protocol.CookieSameSiteLaxMode, false, true)
				})
			}},
		}},
	}
}
