// Block scopes, := and the statements that open scopes of their own.
package shop

const limit = 10
//    ^def limit@module constant

var total, count = 0, 0
//  ^def total variable
//         ^def count variable

const (
    Red, Green = iota, 2
//  ^def Red constant
//       ^def Green constant
)

func scale(x int, factors ...int) (result int, err error) {
//   ^def scale function
//         ^def x parameter
//                ^def factors parameter
//                                 ^def result result
//                                             ^def err result
    limit := limit * 2
//  ^def limit@local variable
//           ^ref limit -> limit@module
    for i, f := range factors {
//      ^def i variable
//         ^def f variable
//                    ^ref factors -> factors
        x := x * f
//      ^def x@inner variable
//           ^ref x -> x
//               ^ref f -> f
        result += x + i
//      ^ref result -> result
//                ^ref x -> x@inner
//                    ^ref i -> i
    }
    if n := result; n > limit {
//     ^def n variable
//                  ^ref n -> n
//                      ^ref limit -> limit@local
        err = fmt.Errorf("too big: %d", n)
//      ^ref err -> err
//                ^none Errorf
//                                      ^ref n -> n
    }
    i := 0
//  ^def i@after variable
    _ = i + total + count + Red
//      ^ref i -> i@after
//          ^ref total -> total
//                  ^ref count -> count
//                          ^ref Red -> Red
    return result, err
//         ^ref result -> result
}

func outer() {
//   ^def outer function
    counter := 0
//  ^def counter variable
    inc := func(step int) int {
//  ^def inc variable
//              ^def step parameter
        counter += step
//      ^ref counter -> counter
//                 ^ref step -> step
        return counter
    }
    switch v := inc(1); {
//         ^def v variable
//              ^ref inc -> inc
    case v > 3:
//       ^ref v -> v
        scale(v)
//      ^ref scale -> scale
    }
loop:
// ^def loop label
    for {
        select {
        case msg := <-queue:
//           ^def msg variable
//                    ^ref queue -> unbound
            _ = msg
//              ^ref msg -> msg
            break loop
//                ^ref loop -> loop
        }
    }
}

func reuse(path string) (err error) {
//                       ^def err@reuse result
    data, err := read(path)
//  ^def data variable
//        ^ref err -> err@reuse
    if err != nil {
        data, err := retry(path)
//      ^def data@retry variable
//            ^def err@retry variable
        _ = data
//          ^ref data -> data@retry
        return err
//             ^ref err -> err@retry
    }
    return check(data)
//               ^ref data -> data
}

func kind(err error) string {
//        ^def err@kind parameter
    switch err := err.(type) {
//         ^def err@switch variable
//                ^ref err -> err@kind
    case *os.PathError:
        return err.Path
//             ^ref err -> err@switch
    }
    return ""
}
