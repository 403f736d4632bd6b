// Package broken does not compile: gopls reports its type error. It is a
// package of its own because gopls runs no analyzer, logoutcheck included,
// on a package with type errors.
package broken

func count() {
	n := 0
}
