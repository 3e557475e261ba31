package probe

import (
	"context"
	"log"
	"net"
	"time"
)

// CheckAll dials every target; one context bounds the whole sweep.
func CheckAll(targets []string) map[string]bool {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	up := make(map[string]bool, len(targets))
	for _, t := range targets {
		func() {
			dctx, dcancel := context.WithTimeout(ctx, 2*time.Second)
			defer dcancel()
			var d net.Dialer
			conn, err := d.DialContext(dctx, "tcp", t)
			if err != nil {
				up[t] = false
				return
			}
			defer conn.Close()
			up[t] = true
		}()
	}
	for t, ok := range up {
		if !ok {
			log.Printf("%s is down", t)
		}
	}
	return up
}
