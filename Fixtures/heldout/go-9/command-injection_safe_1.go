package main

import (
	"io"
	"log"
	"os/exec"
	"path/filepath"
	"regexp"

	"github.com/gliderlabs/ssh"
)

const repoRoot = "/srv/git"

var repoName = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}\.git$`)

func resolveRepo(args []string) (string, bool) {
	if len(args) != 2 || !repoName.MatchString(args[1]) {
		return "", false
	}
	return filepath.Join(repoRoot, args[1]), true
}

func handleSession(s ssh.Session) {
	args := s.Command()
	if len(args) == 0 || args[0] != "git-upload-pack" {
		io.WriteString(s, "only git fetch is allowed here\n")
		s.Exit(1)
		return
	}
	dir, ok := resolveRepo(args)
	if !ok {
		io.WriteString(s, "unknown repository\n")
		s.Exit(1)
		return
	}
	cmd := exec.Command("git-upload-pack", "--strict", dir)
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
