package activities

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"time"

	"go.temporal.io/sdk/activity"
)

// BackupInput arrives from the BackupWorkflow, which takes it from the
// tenant admin's "backup now" form.
type BackupInput struct {
	Tenant   string
	Database string
	Label    string
}

var identRe = regexp.MustCompile(`^[a-z][a-z0-9_]{0,62}$`)

type BackupActivities struct {
	BackupDir string
}

func (a *BackupActivities) DumpDatabase(ctx context.Context, in BackupInput) (string, error) {
	logger := activity.GetLogger(ctx)
	if !identRe.MatchString(in.Database) || !identRe.MatchString(in.Tenant) || !identRe.MatchString(in.Label) {
		return "", fmt.Errorf("invalid backup input")
	}
	stamp := time.Now().UTC().Format("20060102T150405")
	out := filepath.Join(a.BackupDir, in.Tenant, stamp+"-"+in.Label+".dump")
	if err := os.MkdirAll(filepath.Dir(out), 0o750); err != nil {
		return "", err
	}
	logger.Info("starting dump", "tenant", in.Tenant)

	cmd := exec.CommandContext(ctx, "pg_dump", "--no-owner", "--format=custom", "--compress=9",
		"--file", out, "--", in.Database)
	output, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("pg_dump failed: %w: %s", err, output)
	}
	activity.RecordHeartbeat(ctx, "dumped")
	return out, nil
}
