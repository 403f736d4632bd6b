// Package gerror is a stub of gf's gerror package for the fixtures.
package gerror

import (
	"errors"
	"fmt"

	"github.com/gogf/gf/v2/errors/gcode"
)

// New returns an error.
func New(text string) error { return errors.New(text) }

// Newf returns a formatted error.
func Newf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// Wrap wraps err.
func Wrap(err error, text string) error { return fmt.Errorf("%s: %w", text, err) }

// NewCode returns an error with a code.
func NewCode(code gcode.Code, text ...string) error { return errors.New(code.Message()) }

// WrapCode wraps err with a code.
func WrapCode(code gcode.Code, err error, text ...string) error {
	return fmt.Errorf("%s: %w", code.Message(), err)
}
