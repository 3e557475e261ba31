package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"

	orderspb "example.com/shop/gen/orders/v1"
)

func dialOptions() ([]grpc.DialOption, error) {
	// The gateway and the gRPC server share a pod; plaintext over the unix socket.
	if addr := os.Getenv("ORDERS_ADDR"); addr == "" || strings.HasPrefix(addr, "unix:") {
		return []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}, nil
	}
	creds, err := credentials.NewClientTLSFromFile("/etc/gateway/orders-ca.pem", "orders.shop.svc")
	if err != nil {
		return nil, err
	}
	return []grpc.DialOption{grpc.WithTransportCredentials(creds)}, nil
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	opts, err := dialOptions()
	if err != nil {
		log.Fatal(err)
	}
	endpoint := os.Getenv("ORDERS_ADDR")
	if endpoint == "" {
		endpoint = "unix:///run/orders.sock"
	}
	mux := runtime.NewServeMux()
	if err := orderspb.RegisterOrderServiceHandlerFromEndpoint(ctx, mux, endpoint, opts); err != nil {
		log.Fatal(err)
	}
	log.Fatal(http.ListenAndServe(":8080", mux))
}
