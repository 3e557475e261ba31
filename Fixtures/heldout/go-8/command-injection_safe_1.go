package main

import (
	"flag"
	"log"
	"os"
	"os/exec"
	"regexp"
)

var volumeName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,40}$`)

type backupJob struct {
	volume string
	bucket string
	tag    string
}

func (j backupJob) args() []string {
	return []string{"-r", "s3:" + j.bucket, "backup", "/mnt/" + j.volume, "--tag", j.tag}
}

func main() {
	volume := flag.String("volume", "", "volume to back up")
	tag := flag.String("tag", "nightly", "snapshot tag")
	flag.Parse()

	if !volumeName.MatchString(*volume) || !volumeName.MatchString(*tag) {
		log.Fatal("volume and tag must be simple names")
	}
	job := backupJob{volume: *volume, bucket: os.Getenv("BACKUP_BUCKET"), tag: *tag}
	cmd := exec.Command("restic", job.args()...)
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("backup failed: %v", err)
	}
}
