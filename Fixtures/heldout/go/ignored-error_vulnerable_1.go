// Package config persists the agent's settings file atomically.
package config

import (
	"encoding/json"
	"os"
	"path/filepath"
)

type Settings struct {
	ServerURL string `json:"server_url"`
	Token     string `json:"token"`
	Interval  int    `json:"interval_seconds"`
}

// Load reads settings, falling back to defaults.
func Load(path string) *Settings {
	s := &Settings{ServerURL: "https://collector.example.com", Interval: 60}
	data, err := os.ReadFile(path)
	if err != nil {
		return s
	}
	_ = json.Unmarshal(data, s) // expect: ignored-error
	return s
}

// Save writes settings via a temp file + rename so readers never see a
// partial file.
func Save(path string, s *Settings) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".settings-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	_ = tmp.Sync()  // expect: ignored-error
	_ = tmp.Close() // expect: ignored-error
	return os.Rename(tmp.Name(), path)
}
