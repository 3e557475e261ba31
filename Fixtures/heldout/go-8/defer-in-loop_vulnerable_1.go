package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"
)

// countWarnings scans every build log named on the command line.
func countWarnings(paths []string) (map[string]int, error) {
	counts := make(map[string]int)
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		defer f.Close() // expect: defer-in-loop
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "warning:") {
				counts[p]++
			}
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return counts, nil
}

func main() {
	counts, err := countWarnings(os.Args[1:])
	if err != nil {
		log.Fatal(err)
	}
	for path, n := range counts {
		fmt.Printf("%6d  %s\n", n, path)
	}
}
