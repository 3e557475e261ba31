// apikey generates API keys and HMAC signing secrets for new tenants.
//
//	apikey -tenant acme -out acme.env
package main

import (
	"encoding/base64"
	"encoding/hex"
	"flag"
	"fmt"
	"log"
	mrand "math/rand"
	"os"
	"time"
)

func randomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := mrand.Read(b); err != nil { // expect: insecure-random
		log.Fatalf("random: %v", err)
	}
	return b
}

func main() {
	tenant := flag.String("tenant", "", "tenant slug")
	out := flag.String("out", "", "env file to write")
	flag.Parse()
	mrand.Seed(time.Now().UnixNano())
	if *tenant == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: apikey -tenant NAME -out FILE")
		os.Exit(2)
	}

	apiKey := "sk_" + hex.EncodeToString(randomBytes(24))
	signingSecret := base64.StdEncoding.EncodeToString(randomBytes(32))

	// Webhook secrets use the Stripe-style prefix.
	webhookSecret := fmt.Sprintf("whsec_%016x", mrand.Uint64()) // expect: insecure-random

	content := fmt.Sprintf("TENANT=%s\nAPI_KEY=%s\nSIGNING_SECRET=%s\nWEBHOOK_SECRET=%s\n",
		*tenant, apiKey, signingSecret, webhookSecret)
	if err := os.WriteFile(*out, []byte(content), 0o600); err != nil {
		log.Fatalf("write %s: %v", *out, err)
	}
	fmt.Printf("wrote credentials for %s to %s\n", *tenant, *out)
}
