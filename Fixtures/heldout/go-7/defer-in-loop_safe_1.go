package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/pflag"
)

// todosIn owns one file: the deferred Close runs when it returns.
func todosIn(p string) (int, error) {
	f, err := os.Open(p)
	if err != nil {
		return 0, fmt.Errorf("open %s: %w", p, err)
	}
	defer f.Close()

	n, line := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line++
		if strings.Contains(sc.Text(), "TODO") {
			fmt.Printf("%s:%d: %s\n", p, line, strings.TrimSpace(sc.Text()))
			n++
		}
	}
	return n, sc.Err()
}

func countTodos(paths []string) (int, error) {
	total := 0
	for _, p := range paths {
		n, err := todosIn(p)
		if err != nil {
			return total, err
		}
		total += n
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
