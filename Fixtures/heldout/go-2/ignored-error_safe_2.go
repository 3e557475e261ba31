package backup

import (
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
)

// WriteSnapshot compresses the database dump r into path.
func WriteSnapshot(path string, r io.Reader) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	zw := gzip.NewWriter(f)
	if _, err = io.Copy(zw, r); err != nil {
		return err
	}
	if err = zw.Close(); err != nil {
		return err
	}
	return f.Sync()
}

// Rotate keeps the newest snapshot and removes the previous one.
func Rotate(current, previous string, sizes map[string]int64) error {
	if err := os.Remove(previous); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	_, known := sizes[previous]
	if known {
		delete(sizes, previous)
	}
	return os.Rename(current, previous)
}
