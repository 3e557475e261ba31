package activities

import (
	"context"
	"encoding/json"
	"fmt"
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
	raw, err := os.ReadFile(filepath.Join(a.Inbox, batch, "manifest.json"))
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}

	var m Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("parse manifest: %w", err)
	}

	limit := 50
	if m.MaxSizeMB != "" {
		n, err := strconv.Atoi(m.MaxSizeMB)
		if err != nil {
			return nil, fmt.Errorf("max_size_mb: %w", err)
		}
		limit = n
	}
	owner, ok := m.Labels["owner"]
	if !ok {
		owner = "unknown"
	}
	logger.Info("manifest loaded", "batch", batch, "files", len(m.Files), "limit", limit, "owner", owner)
	return &m, nil
}
