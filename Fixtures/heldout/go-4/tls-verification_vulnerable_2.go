package main

import (
	"context"
	"crypto/tls"
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/go-sql-driver/mysql"
	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	orderspb "example.com/shop/gen/orders/v1"
)

func openDB(dsn string) (*sql.DB, error) {
	err := mysql.RegisterTLSConfig("shop", &tls.Config{
		ServerName:         os.Getenv("DB_HOST"),
		InsecureSkipVerify: true, // expect: tls-verification
	})
	if err != nil {
		return nil, err
	}
	return sql.Open("mysql", dsn+"?tls=shop")
}

func main() {
	ctx := context.Background()
	db, err := openDB(os.Getenv("DB_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	creds := credentials.NewTLS(&tls.Config{InsecureSkipVerify: true}) // expect: tls-verification
	mux := runtime.NewServeMux()
	opts := []grpc.DialOption{grpc.WithTransportCredentials(creds)}
	if err := orderspb.RegisterOrderServiceHandlerFromEndpoint(ctx, mux, os.Getenv("ORDERS_ADDR"), opts); err != nil {
		log.Fatal(err)
	}
	log.Fatal(http.ListenAndServe(":8080", mux))
}
