package jobs

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
)

var tools = map[string]string{"lint": "golangci-lint", "test": "go", "fmt": "gofmt"}

func Run(ctx context.Context, name string, workers string) error {
	program, ok := tools[name]
	if !ok {
		return fmt.Errorf("unknown tool %q", name)
	}
	n, err := strconv.Atoi(workers)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, program, "-j", strconv.Itoa(n), "./...")
	return cmd.Run()
}

func Archive(ctx context.Context, days int) error {
	script := fmt.Sprintf("find /var/log/app -mtime +%d -delete", days)
	return exec.CommandContext(ctx, "sh", "-c", script).Run()
}
