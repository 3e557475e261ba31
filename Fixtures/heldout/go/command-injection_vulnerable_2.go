// backup is a small CLI that archives a directory and optionally uploads it.
//
// Usage: backup -src /var/www -dest /backups [-remote user@host:/path]
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

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

	script := fmt.Sprintf("tar -czf %s -C %s . && sha256sum %s > %s.sha256", archive, *src, archive, archive)
	cmd := exec.Command("bash", "-c", script) // expect: command-injection
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("archive failed: %v", err)
	}

	if *remote != "" {
		upload := exec.Command("sh", "-c", "rsync -az "+archive+" "+*remote) // expect: command-injection
		upload.Stdout = os.Stdout
		upload.Stderr = os.Stderr
		if err := upload.Run(); err != nil {
			log.Fatalf("upload failed: %v", err)
		}
	}

	fmt.Println("wrote", archive)
}
