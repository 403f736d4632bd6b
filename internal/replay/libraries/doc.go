// Package libraries replays logouts against the real session libraries.
package libraries
