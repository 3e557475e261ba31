package main

import "fmt"

func main() {
	fmt.Println("total:", total(3, 4)
}

func total(a, b int) int {
	return a + b
}
