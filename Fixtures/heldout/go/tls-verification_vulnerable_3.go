// Command k8s-events tails events from a cluster API server.
package main

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

func init() {
	// Make every default client in this binary accept the cluster's cert.
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{
		InsecureSkipVerify: true, // expect: tls-verification
	}
}

func main() {
	apiServer := os.Getenv("KUBE_API")
	token := os.Getenv("KUBE_TOKEN")
	if apiServer == "" || token == "" {
		fmt.Fprintln(os.Stderr, "KUBE_API and KUBE_TOKEN must be set")
		os.Exit(2)
	}

	req, err := http.NewRequest(http.MethodGet, apiServer+"/api/v1/events?watch=true", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+token)

	client := &http.Client{Timeout: 0}
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		log.Fatalf("unexpected status: %s", resp.Status)
	}

	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		fmt.Printf("%s %s\n", time.Now().Format(time.RFC3339), sc.Text())
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}
