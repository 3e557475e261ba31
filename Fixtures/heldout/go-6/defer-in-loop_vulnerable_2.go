package mirror

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
)

type Mirror struct {
	mu     sync.Mutex
	dir    string
	client *http.Client
	synced map[string]int64
}

func (m *Mirror) SyncAll(urls map[string]string) error {
	for name, u := range urls {
		resp, err := m.client.Get(u)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		defer resp.Body.Close() // expect: defer-in-loop
		out, err := os.Create(filepath.Join(m.dir, name+".tar.gz"))
		if err != nil {
			return err
		}
		defer out.Close() // expect: defer-in-loop
		n, err := io.Copy(out, resp.Body)
		if err != nil {
			return err
		}
		m.mu.Lock()
		m.synced[name] = n
		m.mu.Unlock()
	}
	return nil
}
