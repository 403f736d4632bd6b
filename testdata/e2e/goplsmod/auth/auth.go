// Package auth ends sessions for the app. logoutcheck learns that End
// invalidates the session through a fact, across the package boundary.
package auth

import (
	"context"

	"github.com/alexedwards/scs/v2"
)

// End destroys the session of the request that ctx belongs to.
func End(ctx context.Context, sessions *scs.SessionManager) error {
	return sessions.Destroy(ctx)
}
