package denylist

import (
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	redigo "github.com/gomodule/redigo/redis"
	"github.com/redis/go-redis/v9"
)

// Deny-lists by key: the app's key-value store, or Redis, holds an entry
// per revoked credential under a prefix that says so, which its
// middleware checks.

// KV is the app's own key-value store.
type KV interface {
	Set(key string, value any, ttl int) error
	Get(key string) (any, bool)
}

const RevokeTokenPrefix = "jwt_revoke_"

type Tokens struct {
	kv  KV
	rdb *redis.Client
	rc  redigo.Conn
}

// The refresh token's ID goes under the revocation prefix.
func (t *Tokens) SignOutKV(w http.ResponseWriter, r *http.Request) {
	if err := t.kv.Set(RevokeTokenPrefix+r.FormValue("token_id"), true, 3600); err != nil {
		http.Error(w, "logout failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A service method that takes the framework's context, as gin apps'
// services do, and builds the key with fmt.Sprintf: its summary carries
// the revocation to the handler.
type RefreshTokenService struct{ RefreshToken string }

func (s *RefreshTokenService) Delete(c *gin.Context, kv KV) (string, error) { // want Delete:`session\(kill\)`
	rootID := s.RefreshToken
	return "", kv.Set(fmt.Sprintf("%s%s", RevokeTokenPrefix, rootID), true, 3600)
}

func (t *Tokens) UserSignOut(c *gin.Context) {
	svc := &RefreshTokenService{RefreshToken: c.PostForm("refresh_token")}
	if _, err := svc.Delete(c, t.kv); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{})
}

// Redis: go-redis Set, SetNX, and redigo's SET command.
func (t *Tokens) LogoutRedis(w http.ResponseWriter, r *http.Request) {
	t.rdb.Set(r.Context(), "blacklist:"+bearer(r), 1, time.Hour)
	w.WriteHeader(http.StatusNoContent)
}

func (t *Tokens) LogoutRedisNX(w http.ResponseWriter, r *http.Request) {
	t.rdb.SetNX(r.Context(), fmt.Sprintf("revoked:%s", bearer(r)), 1, time.Hour)
	w.WriteHeader(http.StatusNoContent)
}

func (t *Tokens) LogoutRedigo(w http.ResponseWriter, r *http.Request) {
	_, _ = t.rc.Do("SET", "denylist:"+bearer(r), 1)
	w.WriteHeader(http.StatusNoContent)
}

// A key that names no deny-list is a cache entry.
func (t *Tokens) SignOutCache(w http.ResponseWriter, r *http.Request) { // want `SignOutCache .* nothing invalidates it`
	_ = t.kv.Set("last_seen_"+r.FormValue("user_id"), time.Now(), 3600)
	w.WriteHeader(http.StatusNoContent)
}

// A constant key is one entry, not one per credential.
func (t *Tokens) SignOutFlag(w http.ResponseWriter, r *http.Request) { // want `SignOutFlag .* nothing invalidates it`
	_ = t.kv.Set(RevokeTokenPrefix+"enabled", true, 0)
	w.WriteHeader(http.StatusNoContent)
}

// Reading the deny-list key revokes nothing, in the app's store or in
// Redis.
func (t *Tokens) SignOutCheck(w http.ResponseWriter, r *http.Request) { // want `SignOutCheck .* nothing invalidates it`
	if _, revoked := t.kv.Get(RevokeTokenPrefix + bearer(r)); revoked {
		w.WriteHeader(http.StatusUnauthorized)
	}
	t.rdb.Get(r.Context(), "blacklist:"+bearer(r))
	w.WriteHeader(http.StatusNoContent)
}

// Another Redis command under the prefix is no write of the entry.
func (t *Tokens) LogoutRedigoGet(w http.ResponseWriter, r *http.Request) { // want `LogoutRedigoGet .* nothing invalidates it`
	_, _ = t.rc.Do("GET", "denylist:"+bearer(r))
	w.WriteHeader(http.StatusNoContent)
}
