// Package session holds the app's session manager and helpers.
package session

import (
	"context"

	"github.com/alexedwards/scs/v2"
)

// Manager is the app's session manager, set up by main.
var Manager *scs.SessionManager

// End destroys the current session: its token is deleted from the store.
func End(ctx context.Context) error {
	return Manager.Destroy(ctx)
}
