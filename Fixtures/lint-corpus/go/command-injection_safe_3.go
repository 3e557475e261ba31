package cmd

import (
	"os"
	"os/exec"

	"github.com/spf13/cobra"
)

var deployCmd = &cobra.Command{
	Use:  "deploy HOST SERVICE",
	Args: cobra.ExactArgs(2),
	RunE: func(cmd *cobra.Command, args []string) error {
		run := exec.Command("ssh", "deploy@"+args[0], "systemctl", "restart", args[1])
		run.Stdout = os.Stdout
		return run.Run()
	},
}

func runLogs(cmd *cobra.Command, args []string) error {
	return exec.Command("journalctl", "-u", args[0], "-n", "200").Run()
}
