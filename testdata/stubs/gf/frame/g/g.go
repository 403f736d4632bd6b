// Package g is a stub of gf's frame/g package for the fixtures.
package g

import (
	"context"

	"github.com/gogf/gf/v2/net/ghttp"
	"github.com/gogf/gf/v2/util/gmeta"
)

type (
	// Meta is gmeta.Meta.
	Meta = gmeta.Meta
	// Map is a map of any values.
	Map = map[string]any
)

// Server returns the server of that name.
func Server(name ...any) *ghttp.Server { return ghttp.GetServer(name...) }

// RequestFromCtx returns the Request ctx carries.
func RequestFromCtx(ctx context.Context) *ghttp.Request { return ghttp.RequestFromCtx(ctx) }
