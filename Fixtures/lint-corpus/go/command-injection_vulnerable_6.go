package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"

	amqp "github.com/rabbitmq/amqp091-go"
)

type ConvertJob struct {
	Input  string `json:"input"`
	Format string `json:"format"`
}

// A queue consumer: the message body is whatever a producer published.
func handle(ctx context.Context, d amqp.Delivery) error {
	var job ConvertJob
	if err := json.Unmarshal(d.Body, &job); err != nil {
		return err
	}
	script := fmt.Sprintf("ffmpeg -i %s out.%s", job.Input, job.Format)
	return exec.CommandContext(ctx, "sh", "-c", script).Run() // expect: command-injection
}
