package probe

import (
	"context"
	"log"
	"net"
	"os"
	"time"
)

// CheckAll dials every target with its own timeout and records a snapshot per target.
func CheckAll(targets []string) map[string]bool {
	up := make(map[string]bool, len(targets))
	for _, t := range targets {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel() // expect: defer-in-loop
		var d net.Dialer
		conn, err := d.DialContext(ctx, "tcp", t)
		if err != nil {
			up[t] = false
			continue
		}
		up[t] = true
		if err := conn.Close(); err != nil {
			log.Printf("close %s: %v", t, err)
		}
		tmp, err := os.CreateTemp("", "probe-*.log")
		if err != nil {
			continue
		}
		defer os.Remove(tmp.Name()) // expect: defer-in-loop
		if _, err := tmp.WriteString(t + " up\n"); err != nil {
			log.Printf("snapshot %s: %v", t, err)
		}
		if err := tmp.Close(); err != nil {
			log.Printf("snapshot %s: %v", t, err)
		}
	}
	return up
}
