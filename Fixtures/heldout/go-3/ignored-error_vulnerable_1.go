// Command notes keeps a small JSON notebook in the user's home directory.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

type Note struct {
	ID   int    `json:"id"`
	Text string `json:"text"`
}

func main() {
	home, err := os.UserHomeDir()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	path := filepath.Join(home, ".notes.json")
	data, _ := os.ReadFile(path) // expect: ignored-error
	var notes []Note
	if len(data) > 0 {
		if err := json.Unmarshal(data, &notes); err != nil {
			fmt.Fprintln(os.Stderr, "corrupt notebook:", err)
			os.Exit(1)
		}
	}
	switch {
	case len(os.Args) > 2 && os.Args[1] == "add":
		notes = append(notes, Note{ID: len(notes) + 1, Text: os.Args[2]})
	case len(os.Args) > 2 && os.Args[1] == "rm":
		id, _ := strconv.Atoi(os.Args[2]) // expect: ignored-error
		for i, n := range notes {
			if n.ID == id {
				notes = append(notes[:i], notes[i+1:]...)
				break
			}
		}
	}
	out, err := json.MarshalIndent(notes, "", "  ")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	_ = os.WriteFile(path, out, 0o600) // expect: ignored-error
	fmt.Printf("%d notes\n", len(notes))
}
