package cmd

import (
	"fmt"
	"os"
	"os/exec"

	"github.com/spf13/cobra"
)

var compress string

var archiveCmd = &cobra.Command{
	Use:   "archive SRC DEST",
	Short: "Archive a project directory",
	Args:  cobra.ExactArgs(2),
	RunE: func(cmd *cobra.Command, args []string) error {
		flags := map[string]string{"z": "-czf", "j": "-cjf", "J": "-cJf"}
		flag, ok := flags[compress]
		if !ok {
			return fmt.Errorf("unknown compression %q", compress)
		}
		c := exec.Command("tar", flag, args[1], "-C", args[0], ".")
		c.Stdout, c.Stderr = os.Stdout, os.Stderr
		if err := c.Run(); err != nil {
			return fmt.Errorf("tar failed: %w", err)
		}
		return exec.Command("sh", "-c", `sha256sum -- "$1" > "$1.sha256"`, "archive", args[1]).Run()
	},
}

func init() {
	archiveCmd.Flags().StringVarP(&compress, "compress", "z", "z", "tar compression flag (z, j or J)")
	rootCmd.AddCommand(archiveCmd)
}
