package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
)

type backupJob struct {
	volume string
	bucket string
	tag    string
}

func (j backupJob) script() string {
	return fmt.Sprintf("restic -r s3:%s backup /mnt/%s --tag %s", j.bucket, j.volume, j.tag)
}

func main() {
	volume := flag.String("volume", "", "volume to back up")
	tag := flag.String("tag", "nightly", "snapshot tag")
	flag.Parse()

	job := backupJob{volume: *volume, bucket: os.Getenv("BACKUP_BUCKET"), tag: *tag}
	cmd := exec.Command("/bin/bash", "-c", job.script()) // expect: command-injection
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("backup failed: %v", err)
	}
}
