// SonarSource's Cognitive Complexity whitepaper examples, translated to Go, and hand-counted
// Go cases (select, type switches, goto, closures). Each `metrics NAME:` comment is checked by
// MetricsTests.
package metrics

import "errors"

// metrics sumOfPrimes: cyclomatic=4 cognitive=7 nesting=3 parameters=1 returns=1
func sumOfPrimes(max int) int {
	total := 0
outer:
	for i := 1; i <= max; i++ { // +1
		for j := 2; j < i; j++ { // +2 (nesting 1)
			if i%j == 0 { // +3 (nesting 2)
				continue outer // +1
			}
		}
		total += i
	}
	return total
}

// metrics getWords: cyclomatic=4 cognitive=1 nesting=1 parameters=1 returns=4
func getWords(number int) string {
	switch number { // +1
	case 1:
		return "one"
	case 2:
		return "a couple"
	case 3:
		return "a few"
	default:
		return "lots"
	}
}

// Else-if chains are flat: +1 each, no nesting penalty; else +1.
// metrics grade: cyclomatic=4 cognitive=4 nesting=1 parameters=1 returns=4
func grade(score int) string {
	if score > 90 { // +1
		return "A"
	} else if score > 80 { // +1
		return "B"
	} else if score > 70 { // +1
		return "C"
	} else { // +1
		return "F"
	}
}

// Sequences of like operators: `a && b && c` is one, `a && b || c` two.
// metrics check: cyclomatic=6 cognitive=4 nesting=1 parameters=4 returns=2
func check(a, b, c bool, d int) error {
	if a && b && c || d > 0 { // +1 if, +1 &&-sequence, +1 ||-sequence; cyclomatic +3
		return errors.New("no")
	}
	ok := !(a || b) // +1 sequence; cyclomatic +1
	_ = ok
	return nil
}

// A receiver is not a parameter; a method is measured like a function.
// metrics Drain: cyclomatic=5 cognitive=6 nesting=3 parameters=1 returns=1
func (q *Queue) Drain(done chan struct{}) int {
	n := 0
	for { // +1
		select { // +2 (nesting 1)
		case <-q.items: // cyclomatic +1
			n++
		case <-done: // cyclomatic +1
			if n > 0 { // +3 (nesting 2)
				n--
			}
		}
		break
	}
	return n
}

// A closure is folded into its function and nests what it holds; goto costs +1.
// metrics visit: cyclomatic=6 cognitive=7 nesting=2 parameters=2 returns=5
func visit(items []any, limit int) (count int) {
	each := func(x any) bool { // nesting +1 for what is inside
		switch v := x.(type) { // +2 (nesting 1 inside the closure)
		case int: // cyclomatic +1
			return v < limit
		case string: // cyclomatic +1
			return v != ""
		}
		return false
	}
	for _, it := range items { // +1
		if each(it) { // +2 (nesting 1)
			count++
		}
	}
	if count == 0 { // +1
		goto done // +1
	}
	return count
done:
	return -1
}
