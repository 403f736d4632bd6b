// Package nonhandlers pins down functions named like logout that are not
// HTTP handlers: clients, RPC services, helpers and interfaces. None is
// reported.
package nonhandlers

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// An API client: its Logout calls the server's logout endpoint.
type Client struct {
	http  *http.Client
	base  string
	token string
}

func (c *Client) Logout(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/logout", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		return fmt.Errorf("logout: %s", resp.Status)
	}
	return nil
}

func (c *Client) SignOut(r *http.Request) (*http.Response, error) {
	return c.http.Do(r)
}

// An RPC service method.
type SignOutRequest struct{ Token string }
type SignOutResponse struct{}

type AuthService struct{}

func (s *AuthService) SignOut(ctx context.Context, req *SignOutRequest) (*SignOutResponse, error) {
	return &SignOutResponse{}, nil
}

// Helpers with part of a handler's parameters.
func LogoutURL(base string) string { return strings.TrimSuffix(base, "/") + "/logout" }

func logoutMessage(w io.Writer, user string) {
	fmt.Fprintf(w, "Goodbye, %s", user)
}

func writeLogout(w http.ResponseWriter) {
	w.Write([]byte("logged out"))
}

func logoutRequest(r *http.Request) bool {
	return r.URL.Path == "/logout"
}

// Framework setup named like logout, but not a handler.
func registerLogout(app *fiber.App, e *echo.Echo, g *gin.Engine) {}

// An interface method has no body to judge.
type Authenticator interface {
	Logout(w http.ResponseWriter, r *http.Request)
}

// A logout-like factory that returns no handler.
func NewLogoutClient(base string) *Client { return &Client{http: http.DefaultClient, base: base} }

// A logout-like factory whose handler comes from another package: there is
// no body here to judge.
func LogoutNotFound() http.Handler { return http.NotFoundHandler() }

// Logout-like names on values that are not functions.
var LogoutPath = "/logout"

type SignOutEvent struct{ UserID int }
