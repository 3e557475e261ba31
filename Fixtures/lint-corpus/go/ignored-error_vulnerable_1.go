package store

import (
	"encoding/json"
	"net/http"
	"os"
)

type Settings struct {
	Theme string `json:"theme"`
}

func Save(path string, s Settings) {
	data, err := json.Marshal(s)
	_ = os.WriteFile(path, data, 0o600) // expect: ignored-error
	_ = err
}

func Copy(dst, src string) error {
	data, err := os.ReadFile(src) // expect: ignored-error
	err = os.WriteFile(dst, data, 0o644)
	return err
}

func Reply(w http.ResponseWriter, s Settings) {
	body, _ := json.Marshal(s)
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body) // expect: ignored-error
}

func Flush(f *os.File) {
	err := f.Sync() // expect: ignored-error
	f.Close()
	err = nil
}
