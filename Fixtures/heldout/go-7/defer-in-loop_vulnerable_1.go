package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/pflag"
)

// countTodos prints the TODO lines of every file named on the command line.
func countTodos(paths []string) (int, error) {
	total := 0
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return total, fmt.Errorf("open %s: %w", p, err)
		}
		defer f.Close() // expect: defer-in-loop

		sc := bufio.NewScanner(f)
		line := 0
		for sc.Scan() {
			line++
			if strings.Contains(sc.Text(), "TODO") {
				fmt.Printf("%s:%d: %s\n", p, line, strings.TrimSpace(sc.Text()))
				total++
			}
		}
		if err := sc.Err(); err != nil {
			return total, fmt.Errorf("scan %s: %w", p, err)
		}
	}
	return total, nil
}

func main() {
	quiet := pflag.BoolP("quiet", "q", false, "only print the count")
	pflag.Parse()
	n, err := countTodos(pflag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if !*quiet {
		fmt.Println("---")
	}
	fmt.Println(n, "TODOs")
}
