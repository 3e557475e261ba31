package main

import (
	"context"
	"log"
	"os/exec"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
)

var allowedActions = map[string]bool{"start": true, "stop": true, "restart": true}
var allowedUnits = map[string]bool{"nginx.service": true, "postgresql.service": true}

func handleAction(msg *nats.Msg) {
	parts := strings.Fields(string(msg.Data))
	if len(parts) != 2 || !allowedActions[parts[0]] || !allowedUnits[parts[1]] {
		log.Printf("rejected action %q", msg.Data)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "systemctl", parts[0], parts[1]).CombinedOutput()
	if err != nil {
		log.Printf("systemctl: %v: %s", err, out)
	}
	status, err := exec.CommandContext(ctx, "sh", "-c", "systemctl list-units --failed --no-legend | wc -l").Output()
	if err != nil {
		log.Printf("status: %v", err)
		return
	}
	if err := msg.Respond(status); err != nil {
		log.Printf("respond: %v", err)
	}
}
