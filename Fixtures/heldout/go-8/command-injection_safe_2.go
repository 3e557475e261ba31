package plugins

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/centrifugal/centrifuge"
)

var knownLeds = map[string]bool{"status": true, "power": true, "net": true}

type DeviceOps struct {
	node *centrifuge.Node
}

func (d *DeviceOps) Register(client *centrifuge.Client) {
	client.OnRPC(func(e centrifuge.RPCEvent, cb centrifuge.RPCCallback) {
		args := strings.Split(string(e.Data), "|")
		switch e.Method {
		case "blink":
			cb(centrifuge.RPCReply{}, d.blink(args[0]))
		case "rename":
			out, err := exec.CommandContext(context.Background(), "hostnamectl", "set-hostname", "--", args[0]).CombinedOutput()
			cb(centrifuge.RPCReply{Data: out}, err)
		}
	})
}

func (d *DeviceOps) blink(led string) error {
	if !knownLeds[led] {
		return errors.New("unknown led")
	}
	path := filepath.Join("/sys/class/leds", led, "brightness")
	return os.WriteFile(path, []byte("1"), 0o644)
}
