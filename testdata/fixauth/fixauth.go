// Package fixauth is an app's session package that the fix fixtures
// import: EndSession is known by its fact to invalidate the session.
package fixauth

import "context"

// EndSession deletes the session row of the request's session.
//
//logoutcheck:invalidates
func EndSession(ctx context.Context) error { return nil }

// Touch extends the session: it invalidates nothing.
func Touch(ctx context.Context) error { return nil }
