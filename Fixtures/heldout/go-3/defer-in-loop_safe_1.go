// Command linecount prints the number of lines in each file given on the command line.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sync"
)

func count(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}

func main() {
	counts := make([]int, len(os.Args))
	var wg sync.WaitGroup
	for i, path := range os.Args[1:] {
		wg.Add(1)
		go func(i int, path string) {
			defer wg.Done()
			n, err := count(path)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				return
			}
			counts[i+1] = n
		}(i, path)
	}
	wg.Wait()
	for i, path := range os.Args[1:] {
		fmt.Printf("%8d %s\n", counts[i+1], path)
	}
}
