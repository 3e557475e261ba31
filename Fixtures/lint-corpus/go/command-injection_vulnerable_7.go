package tasks

import (
	"context"
	"os/exec"
	"strings"
)

type SyncParams struct {
	Source string
	Target string
	Flags  []string
}

type SyncActivities struct{}

func (a *SyncActivities) rsyncLine(p SyncParams) string {
	return "rsync -a " + strings.Join(p.Flags, " ") + " " + p.Source + " " + p.Target
}

// A workflow activity: its parameters come from whoever started the workflow.
func (a *SyncActivities) Sync(ctx context.Context, p SyncParams) error {
	line := a.rsyncLine(p)
	return exec.CommandContext(ctx, "bash", "-c", line).Run() // expect: command-injection
}
