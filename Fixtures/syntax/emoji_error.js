const s = "😀😀"; foo(;
