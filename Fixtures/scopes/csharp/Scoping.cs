// Members visible in the whole type, block-scoped locals, lambdas, patterns and catch clauses.
using System.Text;
//           ^none Text
using IO = System.IO;
//    ^def IO import System.IO

namespace Example.Shop;
//        ^none Example

public class Scoping<T>
//           ^def Scoping class
//                   ^def T type_parameter
{
    private int total = Limit();
//              ^def total field
//                      ^ref Limit -> Limit
    public string Name { get; set; }
//                ^def Name field

    int Limit()
//      ^def Limit method
    {
        return total;
//             ^ref total -> total
    }

    T Scale(int x, T item)
//  ^ref T -> T
//              ^def x parameter
//                   ^ref T -> T
//                     ^def item parameter
    {
        var y = x * 2;
//          ^def y variable
//              ^ref x -> x
        foreach (var entry in Items(y))
//                   ^def entry variable
//                            ^ref Items -> Items
        {
            if (entry is string s && s.Length > y)
//              ^ref entry -> entry
//                              ^def s variable
//                                   ^ref s -> s
//                                     ^none Length
            {
                total += s.Length;
//              ^ref total -> total
            }
        }
        Func<int, int> twice = n => n * 2;
//                     ^def twice variable
//                             ^def n parameter
//                                  ^ref n -> n
        try
        {
            Name = Name.Trim();
//          ^ref Name -> Name
        }
        catch (Exception e)
//                       ^def e parameter
        {
            Log(e);
//              ^ref e -> e
        }
        var point = new Point { X = y };
//                              ^none X
//                                  ^ref y -> y
        return item;
//             ^ref item -> item
    }

    System.Collections.Generic.List<string> Items(int count) => null;
//                                          ^def Items method
//                                                    ^def count parameter
}
