package tasks

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"

	"github.com/hibiken/asynq"
)

const TypeThumbnail = "media:thumbnail"

type ThumbnailPayload struct {
	Source string `json:"source"`
	Width  string `json:"width"`
	Target string `json:"target"`
}

func (p ThumbnailPayload) commandLine() string {
	return fmt.Sprintf("convert %s -thumbnail %sx -strip %s", p.Source, p.Width, p.Target)
}

func HandleThumbnail(ctx context.Context, t *asynq.Task) error {
	var p ThumbnailPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("decode payload: %v: %w", err, asynq.SkipRetry)
	}
	cmd := exec.CommandContext(ctx, "sh", "-c", p.commandLine()) // expect: command-injection
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("convert failed: %s: %w", out, err)
	}
	return nil
}
