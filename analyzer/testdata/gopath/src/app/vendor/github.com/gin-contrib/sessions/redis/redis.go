// Package redis is a stub of github.com/gin-contrib/sessions/redis v1.0.4
// for the GOPATH vendoring test.
package redis

import "github.com/gin-contrib/sessions"

type Store interface {
	sessions.Store
}

func NewStore(size int, network, address, username, password string, keyPairs ...[]byte) (Store, error) {
	return nil, nil
}
