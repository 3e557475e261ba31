package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"
)

func warningsIn(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.Contains(sc.Text(), "warning:") {
			n++
		}
	}
	return n, sc.Err()
}

func main() {
	for _, p := range os.Args[1:] {
		n, err := warningsIn(p)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%6d  %s\n", n, p)
	}
}
