package main

import (
	"fmt"
	"io"
	"log"
	"os/exec"
	"strings"

	"github.com/gliderlabs/ssh"
)

const repoRoot = "/srv/git"

func repoPath(args []string) string {
	if len(args) < 2 {
		return ""
	}
	name := strings.Trim(args[1], "'")
	return repoRoot + "/" + name
}

func handleSession(s ssh.Session) {
	args := s.Command()
	if len(args) == 0 || args[0] != "git-upload-pack" {
		io.WriteString(s, "only git fetch is allowed here\n")
		s.Exit(1)
		return
	}
	line := fmt.Sprintf("git-upload-pack '%s'", repoPath(args))
	cmd := exec.Command("/bin/sh", "-c", line) // expect: command-injection
	cmd.Stdin = s
	cmd.Stdout = s
	cmd.Stderr = s.Stderr()
	if err := cmd.Run(); err != nil {
		log.Printf("user %s: %v", s.User(), err)
		s.Exit(1)
		return
	}
	s.Exit(0)
}

func main() {
	ssh.Handle(handleSession)
	log.Fatal(ssh.ListenAndServe(":2222", nil, ssh.HostKeyFile("/etc/gitd/host_key")))
}
