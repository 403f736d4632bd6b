// Package huma pins down huma operations, registered with Register (the
// route in an Operation literal), the shorthands (Post, Delete, …) and a
// Group's prefix: the session lives in the app's SQL table, in Redis
// under the session cookie's value, or in scs, whose middleware wraps the
// mux the adapter serves.
package huma

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
	"github.com/redis/go-redis/v9"

	"example.com/fixtures/frameworks/huma/handlers"
)

type App struct {
	db       *sql.DB
	rdb      *redis.Client
	sessions *scs.SessionManager
	ext      *handlers.Handlers
}

// SessionInput receives the session cookie, and a query parameter that is
// no credential.
type SessionInput struct {
	Session string `cookie:"session"`
	Theme   string `query:"theme"`
}

// TokenInput receives the bearer token, and a header that is no
// credential.
type TokenInput struct {
	Token  string `header:"Authorization"`
	Accept string `header:"Accept"`
}

// ExpiredOutput answers with an expired session cookie.
type ExpiredOutput struct {
	SetCookie http.Cookie `header:"Set-Cookie"`
}

type AccountOutput struct {
	Body struct {
		Name string `json:"name"`
	}
}

func (app *App) Routes() http.Handler {
	mux := http.NewServeMux()
	api := humago.New(mux, huma.DefaultConfig("fixtures", "1.0.0"))
	huma.Register(api, huma.Operation{OperationID: "logout", Method: http.MethodPost, Path: "/logout"}, app.expire)
	huma.Post(api, "/signout", app.deleteRow)
	huma.Post(api, "/logoff", app.dropKey)
	huma.Post(api, "/logout/everywhere", app.signOff)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/sso/logout"}, func(ctx context.Context, in *SessionInput) (*ExpiredOutput, error) { // want `logout handler func literal \(registered on route "POST /sso/logout"\) leaves the session valid on the server: nothing invalidates it`
		return &ExpiredOutput{SetCookie: http.Cookie{Name: "session", MaxAge: -1}}, nil
	})
	huma.Post(api, "/sign-out", app.ext.End) // want `logout handler handlers.Handlers.End \(registered on route "/sign-out"\) leaves the session valid on the server: nothing invalidates it`

	auth := huma.NewGroup(huma.NewGroup(api, "/v1"), "/auth")
	huma.Delete(auth, "/session/logout", app.destroy)
	huma.Post(auth, "/log-out", app.wrongKey)
	huma.Post(auth, "/token/logout", app.dropToken)
	huma.Put(auth, "/token/log-out", app.wrongHeader)

	// Not logouts.
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/account"}, app.account)
	huma.Get(api, "/logout/success", app.account)
	return app.sessions.LoadAndSave(mux)
}

func (app *App) expire(ctx context.Context, in *SessionInput) (*ExpiredOutput, error) { // want `logout handler expire \(registered on route "POST /logout"\) leaves the session valid on the server: nothing invalidates it`
	if in.Session == "" {
		return nil, huma.Error401Unauthorized("not signed in")
	}
	return &ExpiredOutput{SetCookie: http.Cookie{Name: "session", Path: "/", MaxAge: -1}}, nil
}

func (app *App) deleteRow(ctx context.Context, in *SessionInput) (*ExpiredOutput, error) { // want deleteRow:`session\(kill\)`
	if _, err := app.db.ExecContext(ctx, "DELETE FROM sessions WHERE id = $1", in.Session); err != nil {
		return nil, huma.Error500InternalServerError("sign out", err)
	}
	return &ExpiredOutput{SetCookie: http.Cookie{Name: "session", MaxAge: -1}}, nil
}

// The key deleted is the session cookie's value.
func (app *App) dropKey(ctx context.Context, in *SessionInput) (*ExpiredOutput, error) { // want dropKey:`session\(kill\)`
	if err := app.rdb.Del(ctx, in.Session).Err(); err != nil {
		return nil, huma.NewError(http.StatusInternalServerError, "log off", err)
	}
	return &ExpiredOutput{}, nil
}

// The key deleted is a query parameter's value, not the credential.
func (app *App) wrongKey(ctx context.Context, in *SessionInput) (*ExpiredOutput, error) { // want `logout handler wrongKey \(registered on route "/v1/auth/log-out"\) leaves the session valid on the server: nothing invalidates it`
	app.rdb.Del(ctx, in.Theme)
	return &ExpiredOutput{}, nil
}

// The key deleted is the bearer token.
func (app *App) dropToken(ctx context.Context, in *TokenInput) (*struct{}, error) { // want dropToken:`session\(kill\)`
	if err := app.rdb.Del(ctx, in.Token).Err(); err != nil {
		return nil, huma.Error500InternalServerError("log out", err)
	}
	return &struct{}{}, nil
}

// The key deleted is a header that carries no credential.
func (app *App) wrongHeader(ctx context.Context, in *TokenInput) (*struct{}, error) { // want `logout handler wrongHeader \(registered on route "/v1/auth/token/log-out"\) leaves the session valid on the server: nothing invalidates it`
	app.rdb.Del(ctx, in.Accept)
	return &struct{}{}, nil
}

func (app *App) destroy(ctx context.Context, _ *struct{}) (*struct{}, error) { // want destroy:`session\(kill\)`
	if err := app.sessions.Destroy(ctx); err != nil {
		return nil, huma.NewError(http.StatusInternalServerError, "log out", err)
	}
	return &struct{}{}, nil
}

// Not registered here: its name makes it a logout handler.
func (app *App) Logout(ctx context.Context, _ *struct{}) (*ExpiredOutput, error) { // want `logout handler Logout \(name matches "logout"\) leaves the session valid on the server: nothing invalidates it`
	return &ExpiredOutput{SetCookie: http.Cookie{Name: "session", MaxAge: -1}}, nil
}

// An error built by the replaceable constructor ends an error path: only
// the path that destroys the session is judged.
func (app *App) signOff(ctx context.Context, in *struct {
	Confirm bool `query:"confirm"`
}) (*struct{}, error) {
	if !in.Confirm {
		return nil, huma.NewError(http.StatusBadRequest, "confirm to log out everywhere")
	}
	if err := app.sessions.Destroy(ctx); err != nil {
		return nil, err
	}
	return &struct{}{}, nil
}

func (app *App) account(ctx context.Context, in *SessionInput) (*AccountOutput, error) {
	out := &AccountOutput{}
	out.Body.Name = app.sessions.GetString(ctx, "name")
	return out, nil
}
