package tasks

import (
	"context"
	"os/exec"
)

type SyncParams struct {
	Source string
	Target string
}

type SyncActivities struct{}

const rsyncScript = `rsync -a -- "$1" "$2"`

// The script is constant; the values reach the shell as positional parameters, never as syntax.
func (a *SyncActivities) Sync(ctx context.Context, p SyncParams) error {
	return exec.CommandContext(ctx, "sh", "-c", rsyncScript, "sync", p.Source, p.Target).Run()
}

func (a *SyncActivities) Usage(ctx context.Context) ([]byte, error) {
	return exec.CommandContext(ctx, "sh", "-c", "df -h /srv | tail -n 1").Output()
}
