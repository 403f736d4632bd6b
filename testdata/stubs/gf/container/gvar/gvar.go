// Package gvar is a stub of gf's gvar package for the fixtures.
package gvar

import "fmt"

// Var holds a value of any type.
type Var struct {
	value any
}

// New returns a Var holding value.
func New(value any, safe ...bool) *Var { return &Var{value: value} }

// IsNil reports whether the value is nil.
func (v *Var) IsNil() bool { return v == nil || v.value == nil }

// String returns the value as a string.
func (v *Var) String() string {
	if v.IsNil() {
		return ""
	}
	return fmt.Sprint(v.value)
}
