package main

import (
	"context"
	"encoding/json"
	"log"
	"os"
	"os/exec"
	"strings"

	"github.com/segmentio/kafka-go"
)

// A maintenance job published by the ops dashboard on the "maintenance" topic.
type Job struct {
	Kind  string `json:"kind"`
	Unit  string `json:"unit"`
	Paths []string
}

// Each job kind maps to a fixed argv; the message only selects which one runs.
var jobs = map[string][]string{
	"rotate-logs":  {"logrotate", "--force", "/etc/logrotate.d/app"},
	"vacuum":       {"psql", "-d", "app", "-c", "VACUUM ANALYZE"},
	"clear-tmp":    {"sh", "-c", "find /var/tmp/app -type f -mtime +7 -delete"},
	"reload-nginx": {"systemctl", "reload", "nginx"},
}

func run(ctx context.Context, j Job) error {
	argv, ok := jobs[j.Kind]
	if !ok {
		log.Printf("unknown job kind %q", j.Kind)
		return nil
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

func main() {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: strings.Split(os.Getenv("KAFKA_BROKERS"), ","),
		GroupID: "maint-runner",
		Topic:   "maintenance",
	})
	defer r.Close()

	ctx := context.Background()
	for {
		m, err := r.ReadMessage(ctx)
		if err != nil {
			log.Fatalf("read: %v", err)
		}
		var j Job
		if err := json.Unmarshal(m.Value, &j); err != nil {
			log.Printf("bad job at offset %d: %v", m.Offset, err)
			continue
		}
		if err := run(ctx, j); err != nil {
			log.Printf("job %s failed: %v", j.Kind, err)
		}
	}
}
