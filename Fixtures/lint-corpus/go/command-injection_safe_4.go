package main

import (
	"context"
	"log"
	"os"
	"os/exec"

	"github.com/urfave/cli/v2"
	corev1 "k8s.io/api/core/v1"
)

// archive passes the folder and bucket as arguments of their own: no shell reads them.
func archive(c *cli.Context) error {
	return exec.Command("tar", "czf", "/tmp/backup.tgz", "--", c.String("dir")).Run()
}

// warmup picks the command from a fixed table by the annotation's value.
var warmups = map[string][]string{"cache": {"redis-cli", "PING"}, "db": {"pg_isready"}}

func warmup(ctx context.Context, ns *corev1.Namespace) error {
	argv, ok := warmups[ns.Annotations["example.io/warmup"]]
	if !ok {
		return nil
	}
	return exec.CommandContext(ctx, argv[0], argv[1:]...).Run()
}

func main() {
	app := &cli.App{Name: "backup", Action: archive}
	if err := app.Run(os.Args); err != nil {
		log.Fatal(err)
	}
	_ = warmup
}
