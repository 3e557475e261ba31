// backup is a small CLI that archives a directory and optionally uploads it.
//
// Usage: backup -src /var/www -dest /backups [-remote user@host:/path]
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

func checksum(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()

	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func run(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

func main() {
	src := flag.String("src", "", "directory to archive")
	dest := flag.String("dest", "/var/backups", "where to write the archive")
	remote := flag.String("remote", "", "optional rsync destination")
	flag.Parse()

	if *src == "" {
		fmt.Fprintln(os.Stderr, "usage: backup -src DIR [-dest DIR] [-remote TARGET]")
		os.Exit(2)
	}

	name := fmt.Sprintf("%s-%s.tar.gz", filepath.Base(*src), time.Now().Format("20060102-150405"))
	archive := filepath.Join(*dest, name)

	if err := run("tar", "-czf", archive, "-C", *src, "."); err != nil {
		log.Fatalf("archive failed: %v", err)
	}

	sum, err := checksum(archive)
	if err != nil {
		log.Fatalf("checksum: %v", err)
	}
	if err := os.WriteFile(archive+".sha256", []byte(sum+"  "+name+"\n"), 0o644); err != nil {
		log.Fatalf("write checksum: %v", err)
	}

	if *remote != "" {
		if err := run("rsync", "-az", "--", archive, *remote); err != nil {
			log.Fatalf("upload failed: %v", err)
		}
	}

	fmt.Println("wrote", archive)
}
