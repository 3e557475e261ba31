package main

import (
	"fmt"
	"math/rand"
	"os"
)

type apiKey struct {
	Owner  string
	Secret uint64
}

func issue(owner string) apiKey {
	return apiKey{Owner: owner, Secret: rand.Uint64()} // expect: insecure-random
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: keygen OWNER")
		os.Exit(2)
	}
	k := issue(os.Args[1])
	fmt.Printf("%s: %016x\n", k.Owner, k.Secret)
}
