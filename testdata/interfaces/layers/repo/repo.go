// want package:`converts\(example.com/fixtures/interfaces/layers/repo.authRepo\|example.com/fixtures/interfaces/layers/svc.AuthRepo.GetUserCacheInfo example.com/fixtures/interfaces/layers/repo.authRepo\|example.com/fixtures/interfaces/layers/svc.AuthRepo.RemoveUserCacheInfo\)`

// Package repo implements the service's repository; it imports svc, so
// svc and the handlers do not see it.
package repo

import (
	"context"

	"example.com/fixtures/interfaces/layers/svc"
)

type authRepo struct{ c map[string]string }

func New() svc.AuthRepo { return &authRepo{c: map[string]string{}} }

func (ar *authRepo) RemoveUserCacheInfo(ctx context.Context, accessToken string) error {
	delete(ar.c, "user:token:"+accessToken)
	return nil
}

func (ar *authRepo) GetUserCacheInfo(ctx context.Context, accessToken string) (string, error) {
	return ar.c["user:token:"+accessToken], nil
}
