package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"os/exec"

	"github.com/urfave/cli/v2"
	corev1 "k8s.io/api/core/v1"
)

// archive tars a folder named on the command line and uploads it through a shell pipeline.
func archive(c *cli.Context) error {
	dir := c.String("dir")
	bucket := c.String("bucket")
	pipeline := fmt.Sprintf("tar czf - %s | aws s3 cp - s3://%s/backup.tgz", dir, bucket)
	return exec.Command("sh", "-c", pipeline).Run() // expect: command-injection
}

// warmup runs the warm-up command a namespace owner put in an annotation.
func warmup(ctx context.Context, ns *corev1.Namespace) error {
	script := ns.Annotations["example.io/warmup"]
	return exec.CommandContext(ctx, "/bin/bash", "-c", "set -e; "+script).Run() // expect: command-injection
}

func main() {
	app := &cli.App{Name: "backup", Action: archive}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
	_ = warmup
}
