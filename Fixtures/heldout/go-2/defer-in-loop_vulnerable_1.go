package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"
)

// grepcount: counts lines containing a word in every file given on the command line.
func main() {
	if len(os.Args) < 3 {
		log.Fatal("usage: grepcount WORD FILE...")
	}
	word := os.Args[1]
	total := 0
	for _, name := range os.Args[2:] {
		f, err := os.Open(name)
		if err != nil {
			log.Printf("skip %s: %v", name, err)
			continue
		}
		defer f.Close() // expect: defer-in-loop
		n := 0
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if strings.Contains(sc.Text(), word) {
				n++
			}
		}
		if err := sc.Err(); err != nil {
			log.Printf("read %s: %v", name, err)
		}
		fmt.Printf("%6d %s\n", n, name)
		total += n
	}
	fmt.Printf("%6d total\n", total)
}
