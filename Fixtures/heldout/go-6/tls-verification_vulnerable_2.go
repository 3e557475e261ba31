package edge

import (
	"context"
	"crypto/tls"
	"os"
	"time"

	"github.com/quic-go/quic-go"
	"github.com/valyala/fasthttp"
)

func NewUpstreamClient() *fasthttp.Client {
	return &fasthttp.Client{
		ReadTimeout:  5 * time.Second,
		WriteTimeout: 5 * time.Second,
		TLSConfig:    &tls.Config{InsecureSkipVerify: true}, // expect: tls-verification
	}
}

func DialTelemetry(ctx context.Context, addr string) (quic.Connection, error) {
	tlsConf := &tls.Config{NextProtos: []string{"telemetry/1"}}
	if os.Getenv("TELEMETRY_LAB") == "1" {
		tlsConf.InsecureSkipVerify = true // expect: tls-verification
	}
	return quic.DialAddr(ctx, addr, tlsConf, &quic.Config{KeepAlivePeriod: 15 * time.Second})
}
