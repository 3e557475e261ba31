package tasks

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/hibiken/asynq"
)

const TypeThumbnail = "media:thumbnail"

const mediaRoot = "/srv/media"

var widthPattern = regexp.MustCompile(`^[0-9]{2,4}$`)

type ThumbnailPayload struct {
	Source string `json:"source"`
	Width  string `json:"width"`
	Target string `json:"target"`
}

func inMedia(p string) bool {
	clean := filepath.Clean(p)
	return strings.HasPrefix(clean, mediaRoot+string(filepath.Separator))
}

func HandleThumbnail(ctx context.Context, t *asynq.Task) error {
	var p ThumbnailPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("decode payload: %v: %w", err, asynq.SkipRetry)
	}
	if !widthPattern.MatchString(p.Width) || !inMedia(p.Source) || !inMedia(p.Target) {
		return fmt.Errorf("invalid payload: %w", asynq.SkipRetry)
	}
	cmd := exec.CommandContext(ctx, "convert", "--", p.Source, "-thumbnail", p.Width+"x", "-strip", p.Target)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("convert failed: %s: %w", out, err)
	}
	return nil
}
