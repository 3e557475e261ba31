package plugins

import (
	"context"
	"os/exec"
	"strings"

	"github.com/centrifugal/centrifuge"
)

type DeviceOps struct {
	node *centrifuge.Node
}

func (d *DeviceOps) Register(client *centrifuge.Client) {
	client.OnRPC(func(e centrifuge.RPCEvent, cb centrifuge.RPCCallback) {
		args := strings.Split(string(e.Data), "|")
		switch e.Method {
		case "blink":
			out, err := d.blink(context.Background(), args[0])
			cb(centrifuge.RPCReply{Data: out}, err)
		case "rename":
			out, err := exec.Command("sh", "-c", "hostnamectl set-hostname "+args[0]).CombinedOutput() // expect: command-injection
			cb(centrifuge.RPCReply{Data: out}, err)
		}
	})
}

func (d *DeviceOps) blink(ctx context.Context, led string) ([]byte, error) {
	line := "echo 1 > /sys/class/leds/" + led + "/brightness"
	return exec.CommandContext(ctx, "sh", "-c", line).Output() // expect: command-injection
}
