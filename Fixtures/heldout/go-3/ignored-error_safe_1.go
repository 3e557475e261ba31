// Command notes keeps a small JSON notebook; every error is returned to main.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type Note struct {
	ID   int    `json:"id"`
	Text string `json:"text"`
}

func run(path string, args []string) error {
	var notes []Note
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	default:
		if err := json.Unmarshal(data, &notes); err != nil {
			return fmt.Errorf("corrupt notebook: %w", err)
		}
	}
	if len(args) > 1 && args[0] == "rm" {
		id, err := strconv.Atoi(args[1])
		if err != nil {
			return fmt.Errorf("note id: %w", err)
		}
		for i, n := range notes {
			if n.ID == id {
				notes = append(notes[:i], notes[i+1:]...)
				break
			}
		}
	}
	out, err := json.MarshalIndent(notes, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o600)
}

func main() {
	if err := run(os.Getenv("NOTES_FILE"), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "notes:", err)
		os.Exit(1)
	}
}
