package cmd

import (
	"os"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"
)

var deployCmd = &cobra.Command{
	Use:  "deploy HOST [SERVICES...]",
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		script := "ssh deploy@" + args[0] + " 'systemctl restart " + strings.Join(args[1:], " ") + "'"
		run := exec.Command("bash", "-c", script) // expect: command-injection
		run.Stdout = os.Stdout
		return run.Run()
	},
}

func runLogs(cmd *cobra.Command, args []string) error {
	return exec.Command("sh", "-c", "journalctl -u "+args[0]+" -n 200").Run() // expect: command-injection
}
