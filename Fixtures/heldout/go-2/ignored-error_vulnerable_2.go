package backup

import (
	"compress/gzip"
	"io"
	"os"
)

// WriteSnapshot compresses the database dump r into path.
func WriteSnapshot(path string, r io.Reader) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(f)
	_, err = io.Copy(zw, r) // expect: ignored-error
	err = zw.Close()        // expect: ignored-error
	err = f.Sync()          // expect: ignored-error
	err = f.Close()
	return err
}

// Rotate keeps the newest snapshot and removes the previous one.
func Rotate(current, previous string) error {
	_ = os.Remove(previous) // expect: ignored-error
	return os.Rename(current, previous)
}
