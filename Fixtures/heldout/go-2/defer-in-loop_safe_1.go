package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"
)

func countIn(name, word string) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.Contains(sc.Text(), word) {
			n++
		}
	}
	return n, sc.Err()
}

// grepcount: counts lines containing a word in every file given on the command line.
func main() {
	if len(os.Args) < 3 {
		log.Fatal("usage: grepcount WORD FILE...")
	}
	total := 0
	for _, name := range os.Args[2:] {
		n, err := countIn(name, os.Args[1])
		if err != nil {
			log.Printf("skip %s: %v", name, err)
			continue
		}
		fmt.Printf("%6d %s\n", n, name)
		total += n
	}
	fmt.Printf("%6d total\n", total)
}
