package activities

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"

	"go.temporal.io/sdk/activity"
)

type Manifest struct {
	Files     []string          `json:"files"`
	MaxSizeMB string            `json:"max_size_mb"`
	Labels    map[string]string `json:"labels"`
}

type ImportActivities struct {
	Inbox string
}

func (a *ImportActivities) LoadManifest(ctx context.Context, batch string) (*Manifest, error) {
	logger := activity.GetLogger(ctx)
	raw, _ := os.ReadFile(filepath.Join(a.Inbox, batch, "manifest.json")) // expect: ignored-error

	var m Manifest
	_ = json.Unmarshal(raw, &m) // expect: ignored-error

	limit, _ := strconv.Atoi(m.MaxSizeMB) // expect: ignored-error
	if limit == 0 {
		limit = 50
	}
	logger.Info("manifest loaded", "batch", batch, "files", len(m.Files), "limit", limit)
	return &m, nil
}
