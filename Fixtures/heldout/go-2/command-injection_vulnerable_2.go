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
		line := fmt.Sprintf("tar -c%sf %s -C %s .", compress, args[1], args[0])
		c := exec.Command("/bin/sh", "-c", line) // expect: command-injection
		c.Stdout, c.Stderr = os.Stdout, os.Stderr
		if err := c.Run(); err != nil {
			return fmt.Errorf("tar failed: %w", err)
		}
		hook := os.Getenv("ARCHIVE_HOOK")
		if hook == "" {
			return nil
		}
		return exec.Command("sh", "-c", hook+" "+args[1]).Run() // expect: command-injection
	},
}

func init() {
	archiveCmd.Flags().StringVarP(&compress, "compress", "z", "z", "tar compression flag (z, j or J)")
	rootCmd.AddCommand(archiveCmd)
}
