// Package service holds goframecontroller's session logic.
package service

import (
	"context"

	"github.com/gogf/gf/v2/frame/g"
)

func SignOut(ctx context.Context) error { // want SignOut:`session\(cleared\)`
	return g.RequestFromCtx(ctx).Session.RemoveAll()
}

func Rotate(ctx context.Context) error { // want Rotate:`session\(kill\)`
	if _, err := g.RequestFromCtx(ctx).Session.RegenerateId(true); err != nil {
		return err
	}
	return nil
}
