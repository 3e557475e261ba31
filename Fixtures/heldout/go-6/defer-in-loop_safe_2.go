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
		err := func() (err error) {
			resp, err := m.client.Get(u)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			defer resp.Body.Close()
			out, err := os.Create(filepath.Join(m.dir, name+".tar.gz"))
			if err != nil {
				return err
			}
			defer func() {
				if cerr := out.Close(); err == nil {
					err = cerr
				}
			}()
			n, err := io.Copy(out, resp.Body)
			if err != nil {
				return err
			}
			m.record(name, n)
			return nil
		}()
		if err != nil {
			return err
		}
	}
	return nil
}

func (m *Mirror) record(name string, n int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.synced[name] = n
}
