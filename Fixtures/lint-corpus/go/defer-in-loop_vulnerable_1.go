package files

import (
	"database/sql"
	"io"
	"os"
	"sync"
)

func TotalSize(paths []string) (int64, error) {
	var total int64
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return 0, err
		}
		defer f.Close() // expect: defer-in-loop
		n, err := io.Copy(io.Discard, f)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

func Counts(db *sql.DB, tables []string, mu *sync.Mutex) map[string]int {
	counts := map[string]int{}
	for _, t := range tables {
		mu.Lock()
		defer mu.Unlock() // expect: defer-in-loop
		var n int
		if err := db.QueryRow("SELECT count(*) FROM " + t).Scan(&n); err == nil {
			counts[t] = n
		}
	}
	return counts
}
