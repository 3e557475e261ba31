package edge

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"os"
	"time"

	"github.com/quic-go/quic-go"
	"github.com/valyala/fasthttp"
)

func NewUpstreamClient(pool *x509.CertPool) *fasthttp.Client {
	return &fasthttp.Client{
		ReadTimeout:  5 * time.Second,
		WriteTimeout: 5 * time.Second,
		TLSConfig:    &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
	}
}

func DialTelemetry(ctx context.Context, addr string, pool *x509.CertPool) (quic.Connection, error) {
	if os.Getenv("TELEMETRY_LAB") == "1" {
		return nil, errors.New("TELEMETRY_LAB no longer disables verification; install the lab CA instead")
	}
	tlsConf := &tls.Config{NextProtos: []string{"telemetry/1"}, RootCAs: pool, ServerName: "telemetry.internal"}
	return quic.DialAddr(ctx, addr, tlsConf, &quic.Config{KeepAlivePeriod: 15 * time.Second})
}
