// Command runtool runs one of the project's tools on the files given.
package main

import (
	"log"
	"os"
	"os/exec"
	"strings"
)

func main() {
	if len(os.Args) < 3 {
		log.Fatal("usage: runtool TOOL FILE...")
	}
	tool := os.Args[1]
	cmd := exec.Command(tool, os.Args[2:]...)
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatal(err)
	}
	pattern := strings.Join(os.Args[2:], " ")
	grep := exec.Command("sh", "-c", "grep -rn "+pattern+" .") // expect: command-injection
	grep.Stdout = os.Stdout
	if err := grep.Run(); err != nil {
		log.Print(err)
	}
}
