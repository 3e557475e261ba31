package activities

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
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

type BackupActivities struct {
	BackupDir string
}

func (a *BackupActivities) dumpCommand(in BackupInput) string {
	stamp := time.Now().UTC().Format("20060102T150405")
	out := filepath.Join(a.BackupDir, in.Tenant, stamp+"-"+in.Label+".sql.gz")
	return fmt.Sprintf("pg_dump --no-owner %s | gzip -9 > %s", in.Database, out)
}

func (a *BackupActivities) DumpDatabase(ctx context.Context, in BackupInput) (string, error) {
	logger := activity.GetLogger(ctx)
	line := a.dumpCommand(in)
	logger.Info("starting dump", "tenant", in.Tenant)

	cmd := exec.CommandContext(ctx, "sh", "-c", line) // expect: command-injection
	output, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("pg_dump failed: %w: %s", err, output)
	}
	activity.RecordHeartbeat(ctx, "dumped")
	return line, nil
}
