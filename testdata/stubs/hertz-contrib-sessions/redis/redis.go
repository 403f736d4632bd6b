// Package redis is a stub of hertz-contrib/sessions/redis for the fixtures.
package redis

import (
	"github.com/boj/redistore"
	"github.com/gomodule/redigo/redis"
	"github.com/hertz-contrib/sessions"
)

// Store keeps sessions in Redis.
type Store interface {
	sessions.Store
}

type store struct{ *redistore.RediStore }

func (s *store) Options(o sessions.Options) { s.RediStore.Options = o.ToGorillaOptions() }

func wrap(s *redistore.RediStore, err error) (Store, error) {
	if err != nil {
		return nil, err
	}
	return &store{s}, nil
}

// NewStore returns a store on a new pool of size connections.
func NewStore(size int, network, addr, passwd string, keyPairs ...[]byte) (Store, error) {
	return wrap(redistore.NewRediStore(size, network, addr, "", passwd, keyPairs...))
}

// NewStoreWithDB is NewStore on database DB.
func NewStoreWithDB(size int, network, addr, passwd, DB string, keyPairs ...[]byte) (Store, error) {
	return wrap(redistore.NewRediStoreWithDB(size, network, addr, "", passwd, DB, keyPairs...))
}

// NewStoreWithPool returns a store on pool.
func NewStoreWithPool(pool *redis.Pool, keyPairs ...[]byte) (Store, error) {
	return wrap(redistore.NewRediStoreWithPool(pool, keyPairs...))
}
