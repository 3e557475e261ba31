// Command linecount prints the number of lines in each file given on the command line.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	total := 0
	for _, path := range os.Args[1:] {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		defer f.Close() // expect: defer-in-loop
		n := 0
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			n++
		}
		if err := sc.Err(); err != nil {
			fmt.Fprintln(os.Stderr, path, err)
			continue
		}
		fmt.Printf("%8d %s\n", n, path)
		total += n
	}
	fmt.Printf("%8d total\n", total)
}
