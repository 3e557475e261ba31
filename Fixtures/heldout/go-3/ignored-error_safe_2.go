package export

import (
	"bufio"
	"encoding/csv"
	"net/http"
	"os"
)

var _ http.Handler = (*Server)(nil)

type Server struct{ path string }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := WriteRows(s.path, [][]string{{"id", "total"}}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// WriteRows writes a CSV file; the deferred Close reports its error through err.
func WriteRows(path string, rows [][]string) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriter(f)
	w := csv.NewWriter(bw)
	if err = w.WriteAll(rows); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	return f.Sync()
}
