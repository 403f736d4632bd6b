// want package:`converts\(example.com/fixtures/interfaces/layers/svc.NoopForgetter\|example.com/fixtures/interfaces/layers/svc.Forgetter.Forget\)`

// Package svc is a service layer: it hands tokens to a repository
// interface implemented in package repo, which imports this one.
package svc

import "context"

type AuthRepo interface {
	RemoveUserCacheInfo(ctx context.Context, accessToken string) error
	GetUserCacheInfo(ctx context.Context, accessToken string) (string, error)
}

type AuthService struct {
	repo AuthRepo
	hits map[string]int
}

func NewAuthService(repo AuthRepo) *AuthService { return &AuthService{repo: repo} }

// DropUserCache hands its token to the repository, out of sight.
func (as *AuthService) DropUserCache(ctx context.Context, accessToken string) error { // want DropUserCache:`handoff\(1\)`
	return as.repo.RemoveUserCacheInfo(ctx, accessToken)
}

// The service's methods mirror the interface, but it is never used as an
// AuthRepo: no implementation in sight that does nothing.
func (as *AuthService) RemoveUserCacheInfo(ctx context.Context, accessToken string) error { // want RemoveUserCacheInfo:`handoff\(1\)`
	return as.repo.RemoveUserCacheInfo(ctx, accessToken)
}

// A lookup hands nothing off.
func (as *AuthService) GetUserCacheInfo(ctx context.Context, accessToken string) (string, error) {
	return as.repo.GetUserCacheInfo(ctx, accessToken)
}

// Through another method of the service, too.
func (as *AuthService) Logout(ctx context.Context, accessToken string) error { // want Logout:`handoff\(1\)`
	return as.DropUserCache(ctx, accessToken)
}

// Touch keeps the token to itself.
func (as *AuthService) Touch(accessToken string) {
	as.hits[accessToken]++
}

// MaybeDrop hands it off on one path only.
func (as *AuthService) MaybeDrop(ctx context.Context, accessToken string, all bool) error {
	if all {
		return as.repo.RemoveUserCacheInfo(ctx, accessToken)
	}
	return nil
}

// Forgetter has an implementation in sight, used as one, that does
// nothing.
type Forgetter interface {
	Forget(token string) error
}

type NoopForgetter struct{}

func (NoopForgetter) Forget(token string) error { return nil }

var DefaultForgetter Forgetter = NoopForgetter{}
