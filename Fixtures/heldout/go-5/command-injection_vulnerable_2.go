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
	Kind   string   `json:"kind"`
	Host   string   `json:"host"`
	Script string   `json:"script"`
	Paths  []string `json:"paths"`
}

func cleanupLine(j Job) string {
	return "find " + strings.Join(j.Paths, " ") + " -type f -mtime +7 -delete"
}

func run(ctx context.Context, j Job) error {
	switch j.Kind {
	case "script":
		cmd := exec.CommandContext(ctx, "bash", "-c", j.Script) // expect: command-injection
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		return cmd.Run()
	case "cleanup":
		line := cleanupLine(j)
		return exec.Command("/bin/sh", "-c", line).Run() // expect: command-injection
	default:
		log.Printf("unknown job kind %q", j.Kind)
		return nil
	}
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
