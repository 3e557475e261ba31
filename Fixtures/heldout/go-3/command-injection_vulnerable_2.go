// Command opsagent executes service actions published on NATS.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
)

func handle(msg *nats.Msg) {
	parts := strings.SplitN(string(msg.Data), " ", 2)
	if len(parts) != 2 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	script := fmt.Sprintf("systemctl %s %s && systemctl is-active %s", parts[0], parts[1], parts[1])
	out, err := exec.CommandContext(ctx, "/bin/bash", "-c", script).CombinedOutput() // expect: command-injection
	if err != nil {
		log.Printf("action failed: %v: %s", err, out)
	}
	if err := msg.Respond(out); err != nil {
		log.Printf("respond: %v", err)
	}
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == "backup" {
		cmd := exec.Command("sh", "-c", "tar czf /backups/"+os.Args[2]+".tgz /etc/opsagent") // expect: command-injection
		if err := cmd.Run(); err != nil {
			log.Fatal(err)
		}
		return
	}
	nc, err := nats.Connect(nats.DefaultURL)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := nc.Subscribe("ops.actions", handle); err != nil {
		log.Fatal(err)
	}
	select {}
}
